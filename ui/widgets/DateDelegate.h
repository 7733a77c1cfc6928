#pragma once

#include <QStyledItemDelegate>

namespace rd::ui {

/// Edits a date cell with a QDateEdit and its calendar pop-up, never typed
/// ISO text. The cell's edit role holds a QDate (an invalid one, or none,
/// for "no date"); it is shown as the interface language writes dates.
/// With `Optional::Yes` the earliest date reads "No date" and Delete clears it.
class DateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateDelegate)

public:
    enum class Optional
    {
        No,
        Yes
    };
    explicit DateDelegate(Optional optional, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
    QString displayText(const QVariant& value, const QLocale& locale) const override;
    /// The cell's rectangle, widened to the editor's own width where the
    /// column is narrower: a date is never edited through a slit.
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;

private:
    Optional m_optional;
};

} // namespace rd::ui
