#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace rd::ui {

/// Asks where to save the coaching report and whether to anonymise it for a coach.
class ReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    /// `scope` describes the period and the person, as chosen on the Progress page.
    ReportDialog(const QString& scope, const QString& suggestedPath, QWidget* parent = nullptr);

    QString path() const;
    bool anonymize() const;
    void accept() override;

private:
    void browse();

    QLineEdit* m_path;
    QCheckBox* m_anonymize;
    QLabel* m_error;
};

} // namespace rd::ui
