#include "ChartPanel.h"

#include <cmath>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

ChartPanel::ChartPanel(ChartKind kind, QWidget* parent)
    : QFrame(parent)
    , m_chart(std::make_unique<ProgressChart>(kind))
    , m_view(new QChartView(this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_tools(new QHBoxLayout)
    , m_export(new QToolButton(this))
{
    const QString stem = chartStem(kind);
    setObjectName(stem + u"Panel"_s);
    setFrameShape(QFrame::NoFrame);
    m_view->setObjectName(stem + u"Chart"_s);
    m_view->setChart(m_chart->release());
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(300);
    m_empty->setObjectName(stem + u"Empty"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_empty->setTextFormat(Qt::RichText);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_export->setObjectName(stem + u"Export"_s);
    m_export->setAutoRaise(true);
    m_tools->addStretch(1);
    m_tools->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(2);
    layout->addLayout(m_tools);
    layout->addWidget(m_stack, 1);
    connect(m_export, &QToolButton::clicked, this, &ChartPanel::exportPng);
    m_chart->applyPalette(palette());
    retranslate();
}

ChartPanel::~ChartPanel()
{
    // The view owns and deletes the chart; the ProgressChart must not.
}

void ChartPanel::showData(const ProgressData& progress, const QString& subject)
{
    m_chart->update(progress, subject);
    m_stack->setCurrentWidget(m_chart->isEmpty() ? static_cast<QWidget*>(m_empty) : m_view);
    m_empty->setText(u"<p><b>%1</b></p><p>%2</p>"_s.arg(m_chart->chart()->title().toHtmlEscaped(),
                                                        m_chart->emptyText().toHtmlEscaped()));
    m_export->setEnabled(!m_chart->isEmpty());
    connectHover();
}

void ChartPanel::connectHover()
{
    // Board lines are rebuilt when the areas change: reconnect every series.
    for (QAbstractSeries* series : m_chart->series()) {
        disconnect(series, nullptr, this, nullptr);
        if (auto* line = qobject_cast<QLineSeries*>(series)) {
            connect(line, &QLineSeries::hovered, this, [this](const QPointF& point, bool state) {
                if (state)
                    showFigures(int(std::lround(point.x())));
                else
                    QToolTip::hideText();
            });
        } else if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            connect(bars, &QAbstractBarSeries::hovered, this, [this](bool state, int index) {
                if (state)
                    showFigures(index);
                else
                    QToolTip::hideText();
            });
        }
    }
}

void ChartPanel::showFigures(int month)
{
    const QString text = m_chart->monthSummary(month);
    m_view->setToolTip(text);
    QToolTip::showText(QCursor::pos(), text, m_view);
}

bool ChartPanel::savePng(const QString& path, QString* error) const
{
    const QPixmap pixmap = m_view->grab();
    if (!pixmap.save(path, "PNG")) {
        if (error)
            *error = tr("Could not save the chart to %1.").arg(path);
        return false;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

void ChartPanel::exportPng()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested = dir + u'/' + chartStem(m_chart->kind()) + u".png"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart as PNG"), suggested,
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!savePng(path, &error))
        QMessageBox::warning(this, tr("Save chart"), error);
}

void ChartPanel::retranslate()
{
    m_export->setText(tr("Save as PNG…"));
    m_export->setToolTip(tr("Save this chart as a PNG image"));
    m_view->setAccessibleName(m_chart->title());
    m_export->setAccessibleName(tr("Save %1 as PNG").arg(m_chart->title()));
}

void ChartPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        m_chart->applyPalette(palette());
    QFrame::changeEvent(event);
}

} // namespace rd::ui
