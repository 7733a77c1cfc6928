#include "SearchDialog.h"

#include "DialogSupport.h"
#include "domain/Error.h"
#include "i18n/LocalDate.h"
#include "models/EntryTableModel.h"
#include "settings/AppSettings.h"
#include "Workspace.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {

/// The rich text of a result (HtmlRole): the match in bold.
constexpr int HtmlRole = Qt::UserRole + 1;

/// Draws a result's rich text, wrapped to the list's width, in the palette's colours.
class RichTextDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        item.text.clear(); // the background and selection only; the text is drawn below
        const QWidget* view = option.widget;
        QStyle* style = view ? view->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, view);
        QTextDocument document;
        prepare(document, option, index);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, option.state & QStyle::State_Selected
                                                     ? option.palette.highlightedText().color()
                                                     : option.palette.text().color());
        painter->save();
        painter->translate(option.rect.topLeft());
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QTextDocument document;
        prepare(document, option, index);
        return {option.rect.width(), int(document.size().height())};
    }

private:
    static void prepare(QTextDocument& document, const QStyleOptionViewItem& option,
                        const QModelIndex& index)
    {
        document.setDefaultFont(option.font);
        document.setDocumentMargin(4);
        document.setHtml(index.data(HtmlRole).toString());
        const int width = option.widget ? option.widget->width() - 24 : option.rect.width();
        document.setTextWidth(std::max(120, width));
    }
};

QString boldMatches(const QList<SnippetPart>& parts)
{
    QString html;
    for (const SnippetPart& part : parts) {
        const QString text = part.text.simplified().isEmpty() && !part.text.isEmpty()
                                 ? u" "_s
                                 : part.text.toHtmlEscaped();
        html += part.match ? u"<b>"_s + text + u"</b>"_s : text;
    }
    return html;
}

} // namespace

SearchDialog::SearchDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_text(new QLineEdit(this))
    , m_order(new QComboBox(this))
    , m_results(new QListWidget(this))
{
    setObjectName(u"searchDialog"_s);
    setWindowTitle(tr("Search"));
    m_text->setObjectName(u"searchText"_s);
    m_text->setPlaceholderText(tr("Search notes, agenda, actions, decisions and initiatives"));
    m_text->setAccessibleName(tr("Search text"));
    m_text->setClearButtonEnabled(true);
    m_results->setObjectName(u"searchResults"_s);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setWordWrap(true);
    m_results->setItemDelegate(new RichTextDelegate(m_results));
    m_order->setObjectName(u"searchOrder"_s);
    m_order->addItem(tr("Best match first"),
                     QVariant::fromValue(SearchRepository::Order::Relevance));
    m_order->addItem(tr("Newest first"), QVariant::fromValue(SearchRepository::Order::Newest));
    m_order->setCurrentIndex(AppSettings().searchNewestFirst() ? 1 : 0);
    connect(m_order, &QComboBox::currentIndexChanged, this, [this](int index) {
        AppSettings().setSearchNewestFirst(index == 1);
        search(m_text->text());
    });
    connect(m_text, &QLineEdit::textChanged, this, &SearchDialog::search);
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0)
            m_results->setCurrentRow(0), m_results->setFocus();
    });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int row = m_results->row(item);
        if (row >= 0 && row < m_people.size()) {
            emit personRequested(m_people.at(row));
            accept();
        } else if (const qsizetype hit = row - m_people.size(); hit >= 0 && hit < m_hits.size()) {
            emit openRequested(m_hits.at(hit));
            accept();
        }
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &SearchDialog::reject);
    auto* order = new QFormLayout;
    order->addRow(tr("&Order:"), m_order);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(order);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(this, {620, 460});
}

void SearchDialog::search(const QString& text)
{
    m_results->clear();
    m_people.clear();
    const TeamLog& log = m_workspace.log();
    // Team members first: a name is what a manager types most.
    QString wanted = text.simplified();
    foldForSearch(wanted);
    for (const Person& p : log.people) {
        QString haystack = p.name + u' ' + p.role;
        foldForSearch(haystack);
        if (wanted.isEmpty() || !haystack.contains(wanted))
            continue;
        const QString where = p.archived ? tr("Team member · archived") : tr("Team member");
        const QString what = p.role.isEmpty() ? p.name : p.name + u" · "_s + p.role;
        auto* item = new QListWidgetItem(where + u'\n' + what);
        item->setData(HtmlRole, QString(u"<span>"_s + where.toHtmlEscaped() + u"</span><br><b>"_s +
                                        what.toHtmlEscaped() + u"</b>"_s));
        m_results->addItem(item);
        m_people << p.id;
    }
    try {
        m_hits = SearchRepository(m_workspace.database())
                     .search(text, 100, m_order->currentData().value<SearchRepository::Order>());
    } catch (const Error& error) {
        m_hits.clear();
        m_results->addItem(error.message());
        return;
    }
    for (const SearchHit& hit : m_hits) {
        QString kind;
        switch (hit.kind) {
        case SearchHit::Kind::OneOnOne:
            kind = tr("One-on-one notes");
            break;
        case SearchHit::Kind::AgendaItem:
            kind = tr("Agenda item");
            break;
        case SearchHit::Kind::ActionItem:
            kind = tr("Action item");
            break;
        case SearchHit::Kind::Decision:
            kind = tr("Decision");
            break;
        case SearchHit::Kind::Initiative:
            kind = tr("Initiative");
            break;
        }
        const Person* person = log.person(hit.personId);
        const QString where = kind + u" · "_s + (person ? person->name : hit.personId) + u" · "_s +
                              localDate(hit.date);
        // A decision's title, area, why and boundaries are lines of their own:
        // kept apart by a dot, not run together into one sentence.
        QList<SnippetPart> snippet = hit.snippet;
        for (SnippetPart& part : snippet)
            part.text.replace(u'\n', u" · "_s);
        auto* item = new QListWidgetItem(where + u'\n' + bracketed(snippet).simplified());
        item->setData(HtmlRole, QString(u"<span>"_s + where.toHtmlEscaped() + u"</span><br>"_s +
                                        boldMatches(snippet)));
        m_results->addItem(item);
    }
    if (m_results->count() == 0 && !text.trimmed().isEmpty()) {
        auto* none = new QListWidgetItem(tr("Nothing matches “%1”.").arg(text.trimmed()));
        none->setFlags(Qt::NoItemFlags);
        none->setData(HtmlRole, none->text().toHtmlEscaped());
        m_results->addItem(none);
    }
}

} // namespace rd::ui
