#pragma once

#include <QDialog>

namespace rd::ui {

/// The first run: what Rode Draad is for, in three sentences, and a choice
/// between starting with your own team, exploring a sample team, or opening a
/// file you already have.
class WelcomeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeDialog)

public:
    enum class Choice
    {
        OwnTeam,
        SampleTeam,
        OpenFile ///< a file of the user's: fileName() names it
    };
    /// `note` says why the welcome is back (the file used last is gone); empty on a first run.
    explicit WelcomeDialog(const QString& note = {}, QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }
    /// With Choice::OpenFile: the file chosen.
    QString fileName() const { return m_fileName; }

private:
    Choice m_choice = Choice::OwnTeam;
    QString m_fileName;
};

} // namespace rd::ui
