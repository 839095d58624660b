#include "episodedetailsview.h"

#include "descriptionbrowser.h"
#include "episodeactionsbar.h"
#include "feed/descriptionsanitizer.h"
#include "feed/timestamplinks.h"
#include "library/timeformat.h"
#include "voiceshares.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace ondes {

EpisodeDetailsView::EpisodeDetailsView(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_meta(new QLabel(this)),
      m_actions(new EpisodeActionsBar(this)), m_speakers(new QLabel(this)),
      m_credits(new QLabel(this)), m_voiceShares(new QLabel(this)), m_chapters(new QLabel(this)),
      m_description(new DescriptionBrowser(this))
{
    auto* layout = new QVBoxLayout(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setWordWrap(true);
    m_speakers->setWordWrap(true);
    m_speakers->setTextFormat(Qt::RichText);
    m_speakers->setAccessibleName(tr("Speakers"));
    m_speakers->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_speakers, &QLabel::linkActivated, this, [this](const QString& link) {
        const QUrl url(link);
        if (url.scheme() == QLatin1String("person"))
            Q_EMIT personActivated(url.path().toLongLong());
        else if (link == QLatin1String("edit:speakers") && m_episodeId != 0)
            Q_EMIT editSpeakersRequested(m_episodeId);
    });
    m_voiceShares->setWordWrap(true);
    m_voiceShares->setTextFormat(Qt::PlainText);
    m_voiceShares->setAccessibleName(tr("Who speaks how much"));
    m_credits->setWordWrap(true);
    m_credits->setTextFormat(Qt::RichText);
    m_credits->setAccessibleName(tr("Credits"));
    m_chapters->setWordWrap(true);
    m_chapters->setTextFormat(Qt::RichText);
    m_chapters->setAccessibleName(tr("Chapters"));
    m_chapters->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_chapters, &QLabel::linkActivated, this, [this](const QString& link) {
        if (const auto seconds = TimestampLinks::seconds(link))
            Q_EMIT seekRequested(m_episodeId, *seconds * 1000);
    });
    // Links are ours to follow: timestamps seek, http(s) and mail open outside, nothing else.
    m_description->setOpenLinks(false);
    connect(m_description, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (const auto seconds = TimestampLinks::seconds(url.toString())) {
            Q_EMIT seekRequested(m_episodeId, *seconds * 1000);
            return;
        }
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
            scheme == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
    });
    m_description->setAccessibleName(tr("Description"));
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_actions);
    layout->addWidget(m_speakers);
    layout->addWidget(m_voiceShares);
    layout->addWidget(m_credits);
    layout->addWidget(m_chapters);
    layout->addWidget(m_description, 1);
    clear();
}

void EpisodeDetailsView::clear()
{
    m_title->setText(tr("No episode selected"));
    m_meta->clear();
    m_speakers->clear();
    m_speakers->hide();
    m_credits->clear();
    m_credits->hide();
    setVoiceShares({});
    setChapters({});
    m_description->clear();
    m_actions->clear();
    m_episodeId = 0;
}

void EpisodeDetailsView::setVoiceShares(const QList<SpeakerVoice>& voices)
{
    m_voiceShares->setText(voices.isEmpty()
                               ? QString()
                               : tr("Who speaks how much: %1").arg(VoiceShares::text(voices)));
    m_voiceShares->setVisible(!voices.isEmpty());
}

QString EpisodeDetailsView::voiceSharesText() const
{
    return m_voiceShares->text();
}

void EpisodeDetailsView::showSummary(const EpisodeRow& episode)
{
    m_title->setText(episode.title);
    QStringList meta{episode.showTitle};
    if (episode.published > 0)
        meta << QLocale().toString(QDateTime::fromSecsSinceEpoch(episode.published).date(),
                                   QLocale::LongFormat);
    if (const QString duration = formatClock(episode.durationSeconds); !duration.isEmpty())
        meta << duration;
    m_meta->setText(meta.join(QStringLiteral(" · ")));
}

void EpisodeDetailsView::showEpisode(const EpisodeRow& episode, const QList<SpeakerRow>& speakers,
                                     const QList<CreditRow>& credits)
{
    showSummary(episode);

    m_episodeId = episode.id;
    showPeople(speakers, credits);
    setVoiceShares({});
    setChapters({});

    // Scripts, handlers and dangerous links are dropped; remote images are not loaded, so
    // opening an episode does not tell a tracker.
    SanitizeOptions options;
    options.linkTimestamps = true;
    options.baseUrl = episode.link;
    options.allowRemoteImages = m_description->remoteImagesAllowed();
    m_description->showHtml(DescriptionSanitizer::toSafeHtml(
        episode.descriptionHtml.isEmpty() ? episode.description : episode.descriptionHtml,
        options));
}

void EpisodeDetailsView::showPeople(const QList<SpeakerRow>& speakers,
                                    const QList<CreditRow>& credits)
{
    QStringList people;
    for (const SpeakerRow& speaker : speakers) {
        QString entry = QStringLiteral("<a href=\"person:%1\"><b>%2</b></a>")
                            .arg(speaker.personId)
                            .arg(speaker.name.toHtmlEscaped());
        if (!speaker.role.isEmpty())
            entry += QStringLiteral(" — %1").arg(speaker.role.toHtmlEscaped());
        // A podcast:person tag is the publisher's word; say when it is not.
        if (speaker.source == QLatin1String("user"))
            entry += QStringLiteral(" <i>%1</i>").arg(tr("(yours)").toHtmlEscaped());
        else if (speaker.source == QLatin1String("description"))
            entry += QStringLiteral(" <i>%1</i>").arg(tr("(guessed)").toHtmlEscaped());
        else if (speaker.source == QLatin1String("show"))
            entry += QStringLiteral(" <i>%1</i>").arg(tr("(the show's host)").toHtmlEscaped());
        else if (speaker.source == QLatin1String("transcript"))
            entry +=
                QStringLiteral(" <i>%1</i>").arg(tr("(heard in the transcript)").toHtmlEscaped());
        people << entry;
    }
    const QString edit =
        QStringLiteral("<a href=\"edit:speakers\">%1</a>")
            .arg((people.isEmpty() ? tr("Add a speaker…") : tr("Edit speakers…")).toHtmlEscaped());
    m_speakers->setText(people.isEmpty()
                            ? QString(tr("No speakers found.") + QLatin1Char(' ') + edit)
                            : QString(tr("Speakers: %1").arg(people.join(QStringLiteral(", "))) +
                                      QStringLiteral(" · ") + edit));
    m_speakers->setVisible(true);

    QStringList credited;
    for (const CreditRow& credit : credits) {
        QString entry = credit.name.toHtmlEscaped();
        if (!credit.role.isEmpty())
            entry += QStringLiteral(" — %1").arg(credit.role.toHtmlEscaped());
        credited << entry;
    }
    m_credits->setText(credited.isEmpty() ? QString()
                                          : QStringLiteral("<b>%1</b><br>%2")
                                                .arg(tr("Credits").toHtmlEscaped(),
                                                     credited.join(QStringLiteral("<br>"))));
    m_credits->setVisible(!credited.isEmpty());
}

void EpisodeDetailsView::setChapters(const QList<Chapter>& chapters)
{
    QStringList rows;
    for (const Chapter& chapter : chapters) {
        const auto seconds = qint64(chapter.start);
        // formatClock() leaves 0 empty; the first chapter usually starts there.
        const QString clock = formatClock(seconds, QStringLiteral("0:00"));
        rows << QStringLiteral("<a href=\"%1\">%2</a> %3")
                    .arg(TimestampLinks::seekUrl(seconds), clock,
                         chapter.title.simplified().toHtmlEscaped());
    }
    m_chapters->setText(rows.isEmpty() ? QString()
                                       : QStringLiteral("<b>%1</b><br>%2")
                                             .arg(tr("Chapters").toHtmlEscaped(),
                                                  rows.join(QStringLiteral("<br>"))));
    m_chapters->setVisible(!rows.isEmpty());
}

QString EpisodeDetailsView::chaptersHtml() const
{
    return m_chapters->text();
}

QString EpisodeDetailsView::chaptersText() const
{
    QTextDocument doc;
    doc.setHtml(m_chapters->text());
    return doc.toPlainText();
}

QString EpisodeDetailsView::titleText() const
{
    return m_title->text();
}

QString EpisodeDetailsView::descriptionHtml() const
{
    return m_description->toHtml();
}

QString EpisodeDetailsView::creditsText() const
{
    QTextDocument doc;
    doc.setHtml(m_credits->text());
    return doc.toPlainText();
}

QString EpisodeDetailsView::speakersText() const
{
    QTextDocument doc;
    doc.setHtml(m_speakers->text());
    return doc.toPlainText();
}

} // namespace ondes
