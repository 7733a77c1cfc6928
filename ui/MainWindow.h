#pragma once

#include <QApplication>
#include <QMainWindow>

class QListView;
class QLabel;
class QAction;

namespace rd {
class Database;
}

namespace rd::ui {

class TeamModel;

/// The manager's window: the team sidebar and the selected person's overview.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Database& db, QWidget* parent = nullptr);
    ~MainWindow() override;

    TeamModel* teamModel() const { return m_team; }
    /// The selected person's id, or an empty string.
    QString selectedPersonId() const;

public slots:
    void addPerson();
    void editSelectedPerson();
    void archiveSelectedPerson();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void updateOverview();
    void showError(const QString& message);

    Database& m_db;
    TeamModel* m_team;
    QListView* m_teamView;
    QLabel* m_overview;
    QAction* m_addPerson = nullptr;
    QAction* m_editPerson = nullptr;
    QAction* m_archivePerson = nullptr;
};

/// Opens the database named by the arguments and runs the window until it closes.
int runDesktopApp(QApplication& app, const QStringList& arguments);

} // namespace rd::ui
