#include "SettingsDialog.h"

#include "coaching/RuleNames.h"
#include "coaching/Thresholds.h"
#include "DialogSupport.h"
#include "domain/Error.h"
#include "i18n/Language.h"
#include "settings/AppSettings.h"
#include "settings/Autostart.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimeEdit>
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
    // Three tabs, so that the dialog fits a small screen: the general
    // choices, the reminders, and the rules' thresholds.
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(u"settingsTabs"_s);
    auto* general = new QWidget(tabs);
    auto* generalLayout = new QVBoxLayout(general);
    generalLayout->addLayout(form);
    generalLayout->addStretch(1);
    tabs->addTab(general, tr("General"));
    tabs->addTab(createRemindersTab(), tr("Reminders"));
    auto* rules = new QWidget(tabs);
    auto* rulesLayout = new QVBoxLayout(rules);
    rulesLayout->addWidget(new QLabel(tr("Rule thresholds: when a signal speaks up."), rules));
    rulesLayout->addWidget(m_thresholds, 1);
    rulesLayout->addWidget(reset, 0, Qt::AlignLeft);
    tabs->addTab(rules, tr("Rule thresholds"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    hideErrorOnEdit(m_error, this); // and a number out of range is named as it is typed
    resizeWithinScreen(this, {760, 560});
}

QWidget* SettingsDialog::createRemindersTab()
{
    auto* tab = new QWidget(this);
    const auto checkBox = [tab](const QString& name, const QString& text, bool checked) {
        auto* box = new QCheckBox(text, tab);
        box->setObjectName(name);
        box->setChecked(checked);
        return box;
    };
    const auto timeEdit = [tab](const QString& name, QTime time, QCheckBox* label) {
        auto* edit = new QTimeEdit(time, tab);
        edit->setObjectName(name);
        edit->setDisplayFormat(u"HH:mm"_s);
        edit->setAccessibleName(label->text().remove(u'&'));
        edit->setEnabled(label->isChecked());
        connect(label, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        return edit;
    };
    const AppSettings settings;
    const ReminderSettings r = settings.reminders();
    m_dayBefore = checkBox(u"settingsDayBefore"_s, tr("The &day before, at"), r.dayBefore);
    m_dayBeforeAt = timeEdit(u"settingsDayBeforeAt"_s, r.dayBeforeAt, m_dayBefore);
    m_shortlyBefore =
        checkBox(u"settingsShortlyBefore"_s, tr("&Shortly before it"), r.shortlyBefore);
    m_minutesBefore = new BoundedSpinBox(tab);
    m_minutesBefore->setObjectName(u"settingsMinutesBefore"_s);
    m_minutesBefore->setBounds(AppSettings::MinMinutesBefore, AppSettings::MaxMinutesBefore);
    m_minutesBefore->setValue(r.minutesBefore);
    m_minutesBefore->setSuffix(tr(" minutes before"));
    m_minutesBefore->setAccessibleName(tr("Minutes before the one-on-one"));
    m_minutesBefore->setEnabled(r.shortlyBefore);
    connect(m_shortlyBefore, &QCheckBox::toggled, m_minutesBefore, &QWidget::setEnabled);
    m_morningSummary = checkBox(u"settingsMorningSummary"_s,
                                tr("A &morning summary of the day, at"), r.morningSummary);
    m_morningAt = timeEdit(u"settingsMorningAt"_s, r.morningAt, m_morningSummary);
    const bool tray = QSystemTrayIcon::isSystemTrayAvailable();
    m_keepInTray =
        checkBox(u"settingsKeepInTray"_s, tr("&Keep running in the tray when the window is closed"),
                 settings.keepInTray());
    m_startAtLogin =
        checkBox(u"settingsStartAtLogin"_s, tr("Start at lo&gin, in the tray"), startsAtLogin());
    m_startedAtLogin = m_startAtLogin->isChecked();
    // Starting in the tray only makes sense when the app stays there.
    connect(m_startAtLogin, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_keepInTray->setChecked(true);
    });
    connect(m_keepInTray, &QCheckBox::toggled, this, [this](bool on) {
        if (!on)
            m_startAtLogin->setChecked(false);
    });
    auto* grid = new QGridLayout;
    grid->addWidget(m_dayBefore, 0, 0);
    grid->addWidget(m_dayBeforeAt, 0, 1);
    grid->addWidget(m_shortlyBefore, 1, 0);
    grid->addWidget(m_minutesBefore, 1, 1);
    grid->addWidget(m_morningSummary, 2, 0);
    grid->addWidget(m_morningAt, 2, 1);
    grid->setColumnStretch(2, 1);
    auto* explained = new QLabel(
        tr("Before each planned one-on-one, a reminder to prepare; opening it shows the "
           "preparation sheet. The morning summary lists the day's one-on-ones and the focus."),
        tab);
    explained->setWordWrap(true);
    auto* where = new QLabel(tray ? tr("Reminders appear as the desktop's notifications.")
                                  : tr("This desktop has no system tray: reminders appear at "
                                       "the top of the open window."),
                             tab);
    where->setObjectName(u"settingsReminderWhere"_s);
    where->setWordWrap(true);
    m_keepInTray->setEnabled(tray);
    m_startAtLogin->setEnabled(tray || m_startedAtLogin); // one written before can be undone
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(explained);
    layout->addLayout(grid);
    layout->addSpacing(12);
    layout->addWidget(m_keepInTray);
    layout->addWidget(m_startAtLogin);
    layout->addWidget(where);
    layout->addStretch(1);
    return tab;
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
    QString outOfBounds = boundsError({m_cadence, m_focusCount, m_minutesBefore});
    for (int row = 0; outOfBounds.isEmpty() && row < m_thresholds->rowCount(); ++row) {
        if (const auto* value =
                dynamic_cast<const BoundedDoubleSpinBox*>(m_thresholds->cellWidget(row, 2)))
            outOfBounds = boundsError(value);
    }
    if (!outOfBounds.isEmpty()) {
        showError(m_error, outOfBounds);
        return;
    }
    // The start at login first: a file that cannot be written keeps nothing.
    // An entry left by a program since moved is written again.
    const QString program = QCoreApplication::applicationFilePath();
    if (m_startAtLogin->isChecked() != m_startedAtLogin ||
        (m_startAtLogin->isChecked() && !startsAtLoginWith(program))) {
        try {
            setStartAtLogin(m_startAtLogin->isChecked(), program);
            m_startedAtLogin = m_startAtLogin->isChecked();
        } catch (const Error& error) {
            showError(m_error, error.message());
            return;
        }
    }
    AppSettings settings;
    settings.setReminders({m_dayBefore->isChecked(), m_dayBeforeAt->time(),
                           m_shortlyBefore->isChecked(), m_minutesBefore->value(),
                           m_morningSummary->isChecked(), m_morningAt->time()});
    settings.setKeepInTray(m_keepInTray->isChecked());
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
