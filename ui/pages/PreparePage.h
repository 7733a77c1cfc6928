#pragma once

#include "coaching/PrepSheet.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace rd::ui {

class Workspace;

/// Prepares the next one-on-one with one person: the engine's sheet, printable
/// or saved as PDF, and "Start one-on-one" pre-filled with what carries over.
class PreparePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreparePage)

public:
    explicit PreparePage(Workspace& workspace, QWidget* parent = nullptr);
    void setPerson(const QString& personId);
    QString person() const;
    void retranslate();
    /// The one-on-one to start: today, with uncovered agenda items and open
    /// actions carried over as agenda items to follow up.
    OneOnOne meetingToStart() const;
    /// A meeting view saved its draft: the sheet reads it again (a meeting
    /// begun holds its own agenda).
    void draftsChanged();
    /// Writes the sheet as a PDF; returns false (with `error`) when it cannot.
    bool savePdf(const QString& path, QString* error = nullptr) const;

signals:
    void startRequested(const rd::OneOnOne& prefilled);
    /// A prompt's lever link: its explanation in "How Rode Draad works".
    void leverHelpRequested(rd::Lever lever);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    /// The engine's sheet for the chosen person, computed when first asked for
    /// after a change.
    const std::optional<PrepSheet>& sheet() const;
    void showSheet();
    /// Whether a topic can be added now: a sheet, a writable file, no meeting under way.
    void showSheetState();
    void print();
    /// A link in the sheet: "mark done" closes that open action, undoably;
    /// "drop" and "put back" change the coming agenda.
    void followLink(const QUrl& url);
    void addTopic();
    /// One sentence by the topic field: why a click or Enter changed nothing.
    void explain(const QString& sentence);
    /// Saves the prepared agenda and shows the sheet with it.
    void prepareAgenda(const std::optional<MeetingDraft>& prepared);
    void choosePdf();

    Workspace& m_workspace;
    mutable std::optional<PrepSheet> m_sheet;
    mutable bool m_sheetStale = true;
    bool m_viewStale = true;
    QComboBox* m_person;
    QString firstDue() const;
    QString m_chosen;      ///< the person asked for (the window's choice or the combo's)
    QString m_shownPerson; ///< whose sheet the view shows, to start another's at its top
    QTextBrowser* m_view;
    QPushButton* m_start;
    QPushButton* m_print;
    QPushButton* m_pdf;
    QPushButton* m_copySummary;
    QLineEdit* m_topic;
    QPushButton* m_addTopic;
};

} // namespace rd::ui
