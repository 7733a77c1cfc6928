#include "MainWindow.h"

#include "domain/Error.h"
#include "i18n/Language.h"
#include "PersonDialog.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "TeamModel.h"

#include <QCloseEvent>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace rd::ui {

MainWindow::MainWindow(Database& db, QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_team(new TeamModel(db, this))
    , m_teamView(new QListView(this))
    , m_overview(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(db.isReadOnly() ? tr("Rode Draad (read-only)") : tr("Rode Draad"));

    m_teamView->setObjectName(u"teamList"_s);
    m_teamView->setAccessibleName(tr("Team"));
    m_teamView->setModel(m_team);
    m_teamView->setAlternatingRowColors(true);
    m_teamView->setMinimumWidth(220);
    m_overview->setObjectName(u"personOverview"_s);
    m_overview->setAccessibleName(tr("Overview of the selected team member"));
    m_overview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_overview->setWordWrap(true);
    m_overview->setMargin(16);
    m_overview->setTextFormat(Qt::RichText);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_teamView);
    splitter->addWidget(m_overview);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    createActions();
    connect(m_teamView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateOverview);
    connect(m_team, &QAbstractItemModel::modelReset, this, &MainWindow::updateOverview);
    updateOverview();

    statusBar()->showMessage(m_db.path());
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    if (!settings.contains(u"window/geometry"_s))
        resize(1100, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* team = menuBar()->addMenu(tr("&Team"));
    m_addPerson = team->addAction(tr("&Add team member…"), this, &MainWindow::addPerson);
    m_addPerson->setObjectName(u"addPersonAction"_s);
    m_addPerson->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_editPerson = team->addAction(tr("&Edit team member…"), this, &MainWindow::editSelectedPerson);
    m_editPerson->setObjectName(u"editPersonAction"_s);
    m_archivePerson =
        team->addAction(tr("A&rchive team member"), this, &MainWindow::archiveSelectedPerson);
    m_archivePerson->setObjectName(u"archivePersonAction"_s);
    for (QAction* action : {m_addPerson, m_editPerson, m_archivePerson})
        action->setEnabled(!m_db.isReadOnly());

    QToolBar* toolBar = addToolBar(tr("Team"));
    toolBar->setObjectName(u"teamToolBar"_s);
    toolBar->addAction(m_addPerson);
    toolBar->addAction(m_editPerson);
    toolBar->addAction(m_archivePerson);
}

QString MainWindow::selectedPersonId() const
{
    return m_teamView->currentIndex().data(TeamModel::PersonIdRole).toString();
}

void MainWindow::updateOverview()
{
    const QString id = selectedPersonId();
    const bool selected = !id.isEmpty();
    if (m_editPerson) {
        m_editPerson->setEnabled(selected && !m_db.isReadOnly());
        m_archivePerson->setEnabled(selected && !m_db.isReadOnly());
    }
    if (!selected) {
        m_overview->setText(m_team->rowCount() == 0
                                ? tr("<h2>Welcome to Rode Draad</h2><p>Add the people you manage "
                                     "to start logging one-on-ones, delegated decisions and "
                                     "initiatives.</p>")
                                : tr("<p>Select a team member to see their overview.</p>"));
        return;
    }
    try {
        const std::optional<Person> person = PeopleRepository(m_db).find(id);
        if (!person)
            return;
        const QList<OneOnOne> meetings = OneOnOneRepository(m_db).forPerson(id);
        int held = 0;
        int openActions = 0;
        for (const OneOnOne& m : meetings) {
            held += m.status == MeetingStatus::Held ? 1 : 0;
            for (const ActionItem& a : m.actions)
                openActions += a.isOpen() ? 1 : 0;
        }
        QString html = u"<h2>%1</h2><p>%2</p><ul>"_s.arg(person->name.toHtmlEscaped(),
                                                         person->role.toHtmlEscaped());
        html +=
            u"<li>"_s + tr("One-on-one every %n day(s)", nullptr, person->cadenceDays) + u"</li>"_s;
        html += u"<li>"_s + tr("%n one-on-one(s) held", nullptr, held) + u"</li>"_s;
        html += u"<li>"_s + tr("%n open action item(s)", nullptr, openActions) + u"</li>"_s;
        html += u"</ul>"_s;
        m_overview->setText(html);
    } catch (const Error& error) {
        showError(error.message());
    }
}

void MainWindow::addPerson()
{
    PersonDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        const Person added = PeopleRepository(m_db).add(dialog.person());
        for (int row = 0; row < m_team->rowCount(); ++row) {
            if (m_team->index(row).data(TeamModel::PersonIdRole).toString() == added.id)
                m_teamView->setCurrentIndex(m_team->index(row));
        }
    } catch (const Error& error) {
        showError(error.message());
    }
}

void MainWindow::editSelectedPerson()
{
    const std::optional<Person> person = PeopleRepository(m_db).find(selectedPersonId());
    if (!person)
        return;
    PersonDialog dialog(this);
    dialog.setPerson(*person);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        PeopleRepository(m_db).update(dialog.person());
    } catch (const Error& error) {
        showError(error.message());
    }
}

void MainWindow::archiveSelectedPerson()
{
    const QString id = selectedPersonId();
    if (id.isEmpty())
        return;
    try {
        PeopleRepository(m_db).setArchived(id, true);
    } catch (const Error& error) {
        showError(error.message());
    }
}

void MainWindow::showError(const QString& message)
{
    QMessageBox::warning(this, tr("Rode Draad"), message);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    event->accept();
}

int runDesktopApp(QApplication& app, const QStringList& arguments)
{
    auto valueOf = [&arguments](const QString& option) {
        const qsizetype at = arguments.indexOf(option);
        return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : QString();
    };
    const QString language = valueOf(u"--lang"_s);
    installLanguage(language.isEmpty() ? systemLanguage() : language);
    const QString path =
        valueOf(u"--db"_s).isEmpty() ? Database::defaultPath() : valueOf(u"--db"_s);
    const bool readOnly = arguments.contains(u"--read-only"_s);
    std::unique_ptr<Database> db;
    try {
        db = std::make_unique<Database>(path, readOnly ? Database::Access::ReadOnly
                                                       : Database::Access::ReadWrite);
    } catch (const Error& error) {
        QMessageBox::critical(nullptr, MainWindow::tr("Rode Draad"), error.message());
        return 1;
    }
    MainWindow window(*db);
    window.show();
    return app.exec();
}

} // namespace rd::ui
