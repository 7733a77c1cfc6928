#pragma once

#include "coaching/Progress.h"
#include "coaching/Prompt.h"
#include "domain/TeamLog.h"
#include "progress/ProgressChart.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace rd::ui {

/// What a coaching report covers.
struct ReportOptions
{
    ProgressQuery query; ///< the period (whole months) and the team or one person
    /// Replace every name with "Team member A, B, …" and leave out all free
    /// text (notes, summaries, titles, descriptions, evidence, reflections):
    /// only figures, rule ids and rule names remain.
    bool anonymize = false;
};

/// "Team member A", "B", … "Z", "AA", …: the anonymous names, in the order of
/// the log's people, so a person keeps their letter across reports of one file.

/// The multi-page PDF a coach reviews with the manager: a cover, the summary
/// of the first versus the last quarter, the index and every progress chart
/// (as vector graphics), open prompts by lever and the journal.
///
/// Needs a QApplication (charts are graphics items); works on the offscreen
/// platform. Writes atomically and owner-only. Returns the number of pages.
/// Throws rd::Error when the file cannot be written.
class CoachingReport final
{
    Q_DECLARE_TR_FUNCTIONS(rd::ui::CoachingReport)

public:
    /// `openPrompts` are the prompts still open at the end of the period, and
    /// `history` the engine's replay (see promptHistory()).
    CoachingReport(const TeamLog& log, QList<Prompt> openPrompts, QList<RaisedPrompt> history,
                   ReportOptions options);

    int write(const QString& path) const;
    /// The same document as bytes, for tests and the benchmark.
    QByteArray render(int* pages = nullptr) const;

    /// The report's sections, in page order.
    enum class Section
    {
        Cover,
        Summary,
        Index,
        Delegation,
        Recognition, ///< recognition and rhythm
        FollowThrough,
        OpenPrompts,
        Journal
    };
    static QList<Section> sections();
    static QString heading(Section section);
    /// Every section's heading, in page order (what a test looks for).
    static QStringList headings();

    /// Above this many open prompts, the report groups them by rule.
    static constexpr int groupPromptsAbove = 60;

private:
    QString personName(const QString& personId) const;
    QString subject() const;

    struct Draw;
    void chart(Draw& draw, ChartKind kind, double height, bool components = false) const;
    void cover(Draw& draw) const;
    void summarySection(Draw& draw) const;
    QString peopleTable(const ProgressSummary& summary) const;
    void indexSection(Draw& draw) const;
    void delegationSection(Draw& draw) const;
    void recognitionSection(Draw& draw) const;
    void followThroughSection(Draw& draw) const;
    void openPromptsSection(Draw& draw) const;
    QString promptParagraph(const Prompt& prompt) const;
    void journalSection(Draw& draw) const;

    /// The log the report is drawn from: anonymised() when asked.
    TeamLog m_log;
    QList<Prompt> m_prompts;
    QList<RaisedPrompt> m_history;
    ReportOptions m_options;
};

} // namespace rd::ui
