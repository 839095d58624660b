#include "speakersdialog.h"

#include "library/library.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ondes {

namespace {

constexpr int PersonIdRole = Qt::UserRole + 1;

} // namespace

QString SpeakersDialog::kindText(const QString& kind)
{
    if (kind == QLatin1String("host"))
        return tr("host");
    if (kind == QLatin1String("guest"))
        return tr("guest");
    if (kind == QLatin1String("reporter"))
        return tr("reporter");
    if (kind == QLatin1String("columnist"))
        return tr("columnist");
    if (kind == QLatin1String("reader"))
        return tr("reader");
    if (kind == QLatin1String("narrator"))
        return tr("narrator");
    if (kind == QLatin1String("interpreter"))
        return tr("interpreter");
    return kind;
}

QString SpeakersDialog::sourceText(const QString& source)
{
    if (source == QLatin1String("feed"))
        return tr("feed tag");
    if (source == QLatin1String("user"))
        return tr("yours");
    if (source == QLatin1String("transcript"))
        return tr("transcript");
    if (source == QLatin1String("show"))
        return tr("the show");
    return tr("guessed");
}

SpeakersDialog::SpeakersDialog(Library& library, qint64 episodeId, const QString& episodeTitle,
                               QWidget* parent)
    : QDialog(parent), m_library(library), m_episodeId(episodeId), m_table(new QTableWidget(this)),
      m_name(new QLineEdit(this)), m_role(new QLineEdit(this)),
      m_add(new QPushButton(tr("&Add"), this)),
      m_remove(new QPushButton(tr("&Remove Speaker"), this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Speakers of “%1”").arg(episodeTitle));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Kind"), tr("Source")});
    m_table->setAccessibleName(tr("Speakers"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    // The role is the long text ("maîtresse de conférences à …"): it takes the room left.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RoleColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setToolTip(tr("Double-click a role to change it."));
    m_name->setAccessibleName(tr("Name of the speaker to add"));
    m_role->setAccessibleName(tr("Role of the speaker to add"));
    m_role->setPlaceholderText(tr("e.g. guest, historian, host"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* addRow = new QHBoxLayout;
    auto* fields = new QFormLayout;
    fields->addRow(tr("&Name:"), m_name);
    fields->addRow(tr("R&ole:"), m_role);
    addRow->addLayout(fields, 1);
    addRow->addWidget(m_add, 0, Qt::AlignBottom);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(addRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &SpeakersDialog::addFromFields);
    connect(m_name, &QLineEdit::returnPressed, this, &SpeakersDialog::addFromFields);
    connect(m_role, &QLineEdit::returnPressed, this, &SpeakersDialog::addFromFields);
    connect(m_remove, &QPushButton::clicked, this, &SpeakersDialog::removeCurrent);
    connect(m_table, &QTableWidget::cellChanged, this, &SpeakersDialog::onItemChanged);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this] { m_remove->setEnabled(m_table->currentRow() >= 0); });
    connect(&m_library, &Library::speakersChanged, this, [this](qint64 id) {
        if (id == m_episodeId)
            reload();
    });
    reload();
    resize(640, 380);
}

void SpeakersDialog::reload()
{
    m_loading = true;
    const int current = m_table->currentRow();
    const QList<SpeakerRow> speakers = m_library.speakers(m_episodeId);
    m_table->setRowCount(static_cast<int>(speakers.size()));
    for (int row = 0; row < speakers.size(); ++row) {
        const SpeakerRow& speaker = speakers.at(row);
        const auto cell = [](const QString& text, bool editable) {
            auto* item = new QTableWidgetItem(text);
            if (!editable)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            return item;
        };
        QTableWidgetItem* name = cell(speaker.name, false);
        name->setData(PersonIdRole, speaker.personId);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, RoleColumn, cell(speaker.role, true));
        m_table->setItem(row, KindColumn, cell(kindText(speaker.kind), false));
        m_table->setItem(row, SourceColumn, cell(sourceText(speaker.source), false));
    }
    if (current >= 0 && current < m_table->rowCount())
        m_table->setCurrentCell(current, NameColumn);
    m_remove->setEnabled(m_table->currentRow() >= 0);
    m_loading = false;
}

void SpeakersDialog::showError(const QString& error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

QString SpeakersDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void SpeakersDialog::onItemChanged(int row, int column)
{
    if (m_loading || column != RoleColumn)
        return;
    const qint64 personId = m_table->item(row, NameColumn)->data(PersonIdRole).toLongLong();
    QString error;
    if (!m_library.setSpeakerRole(m_episodeId, personId, m_table->item(row, column)->text(),
                                  &error)) {
        showError(tr("The role could not be saved: %1").arg(error));
        reload();
        return;
    }
    showError({});
}

bool SpeakersDialog::addFromFields()
{
    const QString name = m_name->text().simplified();
    if (name.isEmpty()) {
        showError(tr("Type the name of the person to add."));
        m_name->setFocus();
        return false;
    }
    QString error;
    if (!m_library.addSpeaker(m_episodeId, name, m_role->text().simplified(), &error)) {
        showError(tr("%1 could not be added: %2").arg(name, error));
        return false;
    }
    showError({});
    m_name->clear();
    m_role->clear();
    m_name->setFocus();
    return true;
}

bool SpeakersDialog::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return false;
    const qint64 personId = m_table->item(row, NameColumn)->data(PersonIdRole).toLongLong();
    QString error;
    if (!m_library.removeSpeaker(m_episodeId, personId, &error)) {
        showError(tr("The speaker could not be removed: %1").arg(error));
        return false;
    }
    showError({});
    return true;
}

} // namespace ondes
