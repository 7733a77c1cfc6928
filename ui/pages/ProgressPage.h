#pragma once

#include "coaching/Progress.h"
#include "progress/ProgressChart.h"

#include <memory>
#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace rd::ui {

class ChartPanel;
class ProgressChart;
class Workspace;

/// The coach's view: the facilitation index and the charts behind it, for a
/// period (3, 6, 12, 24 months or all) and the team or one person.
class ProgressPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressPage)

public:
    explicit ProgressPage(Workspace& workspace, QWidget* parent = nullptr);
    ~ProgressPage() override;

    void retranslate();
    /// Follows the team sidebar: an empty id shows the whole team.
    void setPersonFilter(const QString& personId);
    /// The period and person shown now.
    ProgressQuery query() const;
    /// The data the charts show now.
    const ProgressData& data() const { return m_data; }
    /// One chart (built with the others on first need).
    ProgressChart& chart(ChartKind kind);

    /// Recomputes the data and refills every chart.
    void refresh();

signals:
    void exportReportRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// Builds the six charts: on the first show, not at launch (Qt Charts is
    /// the costliest part of the window to build).
    void ensureCharts();
    void fillPeople();
    QString subject() const;

    Workspace& m_workspace;
    QLabel* m_intro;
    QLabel* m_periodLabel;
    QComboBox* m_period;
    QLabel* m_personLabel;
    QComboBox* m_person;
    QPushButton* m_exportReport;
    QLabel* m_status;
    QCheckBox* m_components;
    QWidget* m_charts;
    QList<ChartPanel*> m_panels; ///< empty until ensureCharts()
    ProgressData m_data;
    /// Per person ("" for the team): every month any preset can show, computed
    /// once per change of the logs; a period switch only slices it.
    QHash<QString, ProgressData> m_cache;
    bool m_dirty = true;
};

} // namespace rd::ui
