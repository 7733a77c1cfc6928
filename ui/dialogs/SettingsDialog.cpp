#include "SettingsDialog.h"

#include "coaching/RuleNames.h"
#include "coaching/Thresholds.h"
#include "DialogSupport.h"
#include "domain/Error.h"
#include "i18n/Language.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

SettingsDialog::SettingsDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_language(new QComboBox(this))
    , m_cadence(new BoundedSpinBox(this))
    , m_focusCount(new BoundedSpinBox(this))
    , m_thresholds(new QTableWidget(0, 3, this))
    , m_backupFolder(new QLineEdit(this))
    , m_error(makeErrorLabel(this, u"settingsError"_s))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(u"settingsLanguage"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Nederlands"_s, u"nl"_s);
    m_language->setCurrentIndex(currentLanguage() == u"nl"_s ? 1 : 0);
    m_cadence->setObjectName(u"settingsCadence"_s);
    m_cadence->setAccessibleName(tr("Default one-on-one cadence in days"));
    m_cadence->setBounds(1, AppSettings::MaxCadence);
    const AppSettings settings;
    m_cadence->setValue(settings.defaultCadence());
    m_cadence->setSuffix(tr(" days"));
    m_focusCount->setObjectName(u"settingsFocusCount"_s);
    m_focusCount->setAccessibleName(tr("Signals under Focus this week"));
    m_focusCount->setBounds(1, AppSettings::MaxFocusCount);
    m_focusCount->setValue(settings.focusCount());
    m_backupFolder->setObjectName(u"settingsBackupFolder"_s);
    m_backupFolder->setAccessibleName(tr("Backup folder"));
    m_backupFolder->setText(settings.backupFolder());
    m_backupFolder->setPlaceholderText(tr("A backups folder next to the database"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_backupFolder->text());
        if (!dir.isEmpty())
            m_backupFolder->setText(dir);
    });
    auto* location = new QLabel(m_workspace.database().path(), this);
    location->setObjectName(u"settingsDatabaseLocation"_s);
    location->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_thresholds->setObjectName(u"settingsThresholds"_s);
    m_thresholds->setAccessibleName(tr("Rule thresholds"));
    m_thresholds->setHorizontalHeaderLabels({tr("Rule"), tr("Threshold"), tr("Value")});
    m_thresholds->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_thresholds->verticalHeader()->hide();
    const Thresholds& current = m_workspace.thresholds();
    for (const ThresholdSpec& spec : Thresholds::specs()) {
        const int row = m_thresholds->rowCount();
        m_thresholds->insertRow(row);
        auto* rule = new QTableWidgetItem(ruleName(spec.key.section(u'.', 0, 0)));
        rule->setData(Qt::UserRole, spec.key);
        rule->setFlags(Qt::ItemIsEnabled);
        auto* what = new QTableWidgetItem(spec.translatedDescription());
        what->setFlags(Qt::ItemIsEnabled);
        what->setToolTip(tr("Default: %1").arg(spec.defaultValue));
        m_thresholds->setItem(row, 0, rule);
        m_thresholds->setItem(row, 1, what);
        auto* value = new BoundedDoubleSpinBox(m_thresholds);
        value->setBounds(spec.minimum, spec.maximum);
        value->setDecimals(
            spec.key.endsWith(u"cadenceFactor"_s) || spec.key.endsWith(u"minRise"_s) ? 1 : 0);
        value->setValue(current.value(spec.key));
        value->setAccessibleName(spec.translatedDescription());
        m_thresholds->setCellWidget(row, 2, value);
    }
    m_thresholds->resizeColumnToContents(0);
    auto* reset = new QPushButton(tr("&Reset thresholds to defaults"), this);
    reset->setObjectName(u"settingsResetThresholds"_s);
    connect(reset, &QPushButton::clicked, this, &SettingsDialog::resetThresholds);
    m_thresholds->setEnabled(m_workspace.canWrite());
    reset->setEnabled(m_workspace.canWrite());

    auto* backupRow = new QHBoxLayout;
    backupRow->addWidget(m_backupFolder, 1);
    backupRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Language"), m_language);
    form->addRow(tr("Default one-on-one &cadence"), m_cadence);
    form->addRow(tr("Signals under &Focus this week"), m_focusCount);
    // A row whose field is a layout gets no buddy from QFormLayout, and its "&"
    // would show as a literal ampersand: the label names the folder field.
    auto* backupLabel = new QLabel(tr("&Backup folder"), this);
    backupLabel->setBuddy(m_backupFolder);
    form->addRow(backupLabel, backupRow);
    form->addRow(tr("Database"), location);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"settingsButtons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Rule thresholds: when a signal speaks up."), this));
    layout->addWidget(m_thresholds, 1);
    layout->addWidget(reset, 0, Qt::AlignLeft);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    hideErrorOnEdit(m_error, this); // and a number out of range is named as it is typed
    resizeWithinScreen(this, {760, 620});
}

void SettingsDialog::resetThresholds()
{
    for (int row = 0; row < m_thresholds->rowCount(); ++row) {
        const ThresholdSpec* spec =
            Thresholds::spec(m_thresholds->item(row, 0)->data(Qt::UserRole).toString());
        if (auto* value = dynamic_cast<BoundedDoubleSpinBox*>(m_thresholds->cellWidget(row, 2));
            value && spec)
            value->setValue(spec->defaultValue);
    }
}

void SettingsDialog::accept()
{
    // Every value is checked before anything is kept.
    QString outOfBounds = boundsError({m_cadence, m_focusCount});
    for (int row = 0; outOfBounds.isEmpty() && row < m_thresholds->rowCount(); ++row) {
        if (const auto* value =
                dynamic_cast<const BoundedDoubleSpinBox*>(m_thresholds->cellWidget(row, 2)))
            outOfBounds = boundsError(value);
    }
    if (!outOfBounds.isEmpty()) {
        showError(m_error, outOfBounds);
        return;
    }
    AppSettings settings;
    settings.setDefaultCadence(m_cadence->value());
    settings.setFocusCount(m_focusCount->value());
    settings.setBackupFolder(m_backupFolder->text());
    settings.setLanguage(m_language->currentData().toString());
    if (m_workspace.canWrite()) {
        try {
            QMap<QString, QString> set;
            QStringList remove;
            for (int row = 0; row < m_thresholds->rowCount(); ++row) {
                const QString key = m_thresholds->item(row, 0)->data(Qt::UserRole).toString();
                const auto* value =
                    dynamic_cast<BoundedDoubleSpinBox*>(m_thresholds->cellWidget(row, 2));
                const ThresholdSpec* spec = Thresholds::spec(key);
                if (!value || !spec)
                    continue;
                if (qFuzzyCompare(value->value(), spec->defaultValue))
                    remove << Thresholds::settingsKey(key);
                else
                    set.insert(Thresholds::settingsKey(key), QString::number(value->value()));
            }
            m_workspace.store().applySettings(set, remove);
        } catch (const Error& error) {
            QMessageBox::warning(this, tr("Rode Draad"), error.message());
            return;
        }
    }
    const QString language = m_language->currentData().toString();
    if (language != currentLanguage())
        installLanguage(language); // sends QEvent::LanguageChange to every widget
    // The thresholds reached the workspace with their commit; the language with
    // the LanguageChange event.
    QDialog::accept();
}

} // namespace rd::ui
