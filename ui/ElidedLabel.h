#pragma once

#include <QLabel>

namespace rd::ui {

/// A one-line label that shortens its text in the middle to the width it is
/// given ("/home/…/team.sqlite") instead of pushing its neighbours aside or
/// running under them. The whole text is its tooltip.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget* parent = nullptr);
    void setFullText(const QString& text);
    QString fullText() const { return m_full; }
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void elide();
    QString m_full;
};

} // namespace rd::ui
