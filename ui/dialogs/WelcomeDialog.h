#pragma once

#include <QDialog>

namespace rd::ui {

/// The first run: what Rode Draad is for, in three sentences, and a choice
/// between starting with your own team or exploring a sample team.
class WelcomeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeDialog)

public:
    enum class Choice
    {
        OwnTeam,
        SampleTeam
    };
    explicit WelcomeDialog(QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::OwnTeam;
};

} // namespace rd::ui
