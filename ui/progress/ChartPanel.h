#pragma once

#include "ProgressChart.h"

#include <memory>
#include <QFrame>

class QLabel;
class QStackedWidget;
class QToolButton;
class QHBoxLayout;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace rd::ui {

/// One chart on the Progress page: the chart view, its empty state, hover
/// figures and "Save as PNG…".
class ChartPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    explicit ChartPanel(ChartKind kind, QWidget* parent = nullptr);
    ~ChartPanel() override;

    ProgressChart& chart() const { return *m_chart; }
    QChartView* view() const { return m_view; }
    /// A row above the chart for extra controls (the index's component toggle).
    QHBoxLayout* toolRow() const { return m_tools; }

    void showData(const ProgressData& progress, const QString& subject);
    /// Saves the chart as a PNG at the screen's pixel ratio. Returns false with
    /// `error` set when the file cannot be written.
    bool savePng(const QString& path, QString* error = nullptr) const;
    void retranslate();

protected:
    void changeEvent(QEvent* event) override;

private:
    void connectHover();
    void showFigures(int month);
    void exportPng();

    std::unique_ptr<ProgressChart> m_chart;
    QChartView* m_view;
    QLabel* m_empty;
    QStackedWidget* m_stack;
    QHBoxLayout* m_tools;
    QToolButton* m_export;
};

} // namespace rd::ui
