#include "ReportDialog.h"

#include "DialogSupport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

ReportDialog::ReportDialog(const QString& scope, const QString& suggestedPath, QWidget* parent)
    : QDialog(parent)
    , m_path(new QLineEdit(suggestedPath, this))
    , m_anonymize(new QCheckBox(this))
    , m_error(makeErrorLabel(this, u"reportError"_s))
{
    setObjectName(u"reportDialog"_s);
    setWindowTitle(tr("Export coaching report"));
    m_path->setObjectName(u"reportPath"_s);
    m_path->setAccessibleName(tr("PDF file"));
    m_anonymize->setObjectName(u"anonymizeCheck"_s);
    m_anonymize->setText(tr("&Anonymise for a coach"));
    m_anonymize->setToolTip(tr("Names become \"Team member A, B, …\" and all notes, summaries, "
                               "titles, descriptions and reflections are left out."));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"reportBrowse"_s);
    auto* scopeLabel = new QLabel(scope, this);
    scopeLabel->setObjectName(u"reportScope"_s);
    scopeLabel->setWordWrap(true);
    auto* explanation =
        new QLabel(tr("A PDF with the index, every progress chart, the open signals by lever, "
                      "your journal and a summary of the first against the last quarter."),
                   this);
    explanation->setWordWrap(true);

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Covers:"), scopeLabel);
    auto* pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(QString(), m_anonymize);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"reportButtons"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ReportDialog::browse);
    resize(560, sizeHint().height());
}

QString ReportDialog::path() const
{
    return m_path->text().trimmed();
}

bool ReportDialog::anonymize() const
{
    return m_anonymize->isChecked();
}

void ReportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Save coaching report"), path(),
                                                        tr("PDF documents (*.pdf)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ReportDialog::accept()
{
    const QFileInfo info(path());
    if (path().isEmpty()) {
        showError(m_error, tr("Choose a file for the report."));
        return;
    }
    if (!info.absoluteDir().exists()) {
        showError(m_error, tr("The folder %1 does not exist.").arg(info.absolutePath()));
        return;
    }
    QDialog::accept();
}

} // namespace rd::ui
