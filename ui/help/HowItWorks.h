#pragma once

#include "coaching/Prompt.h"

#include <optional>
#include <QDialog>

class QTextBrowser;

namespace rd::ui {

/// The lever a link made by leverLink() names, or std::nullopt when it is not a lever link.
std::optional<Lever> leverOfLink(const QUrl& url);

/// "How Rode Draad works", in the app: the idea, the five levers with the
/// signals under each, the seven delegation levels with an example each, and
/// the facilitation index with what raises and lowers each component. One
/// window, not modal: it can stay open beside the prompt it explains.
class HowItWorks final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HowItWorks)

public:
    explicit HowItWorks(QWidget* parent = nullptr);
    /// The whole text, in the current language.
    static QString html();
    /// Scrolls to a lever's explanation.
    void showLever(Lever lever);
    void retranslate();

protected:
    void changeEvent(QEvent* event) override;

private:
    QTextBrowser* m_text;
};

} // namespace rd::ui
