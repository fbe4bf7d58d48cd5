// The .ts files are what lupdate would make of today's sources, every message is really translated,
// and the .qm files built from them load.
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    bool obsolete = false;    // "obsolete" or "vanished": no longer in the sources
    QStringList translations; // one entry, or one per numerus form

    QString key() const { return context + QLatin1String(" | ") + source + QLatin1String(" | ") + comment; }
    // For messages to a person: the context and the start of the source text.
    QString label() const
    {
        QString text = source.section(QLatin1Char('\n'), 0, 0);
        if (text.size() > 70 || text.size() < source.size())
            text = text.left(70) + QStringLiteral("...");
        return context + QLatin1String(": \"") + text + QLatin1Char('"');
    }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            message.unfinished = type == QLatin1String("unfinished");
            message.obsolete = type == QLatin1String("obsolete") || type == QLatin1String("vanished");
            if (!message.numerus) {
                message.translations = {xml.readElementText()};
                messages << message;
            }
        } else if (name == QLatin1String("numerusform")) {
            message.translations << xml.readElementText();
            // The translation element closes after its forms; record the message once, at its first form.
            if (message.translations.size() == 1)
                messages << message;
            else
                messages.last().translations = message.translations;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(n|L?[1-9][0-9]?)"));
    QSet<QString> found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found << it.next().captured(0).remove(QLatin1Char('L'));
    return found;
}

QStringList languages()
{
    return QString::fromLatin1(MPKI_LANGUAGES).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QString tsPath(const QString &language)
{
    return QStringLiteral(MPKI_SOURCE_DIR "/translations/mpki-setup_%1.ts").arg(language);
}

const char refreshHint[] = "refresh with: cmake --build <build dir> --target update_translations";
} // namespace

class TranslationCataloguesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void upToDate_data();
    void upToDate();
    void complete_data();
    void complete();
    void qmLoads_data();
    void qmLoads();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void TranslationCataloguesTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!languages().isEmpty(), "no languages configured");
    // The same project description `update_translations` uses (sources of the app and of every
    // mpki_* library, as collected by translations/CMakeLists.txt), made into lupdate's JSON.
    m_project = m_dir.filePath(QStringLiteral("project.json"));
    QProcess cmake;
    cmake.start(QStringLiteral(MPKI_CMAKE),
                {QStringLiteral("-DIN_FILE=" MPKI_LUPDATE_PROJECT), QStringLiteral("-DOUT_FILE=") + m_project,
                 QStringLiteral("-P"), QStringLiteral(MPKI_GENERATE_LUPDATE_PROJECT)});
    QVERIFY(cmake.waitForFinished(60000));
    QVERIFY2(cmake.exitCode() == 0, cmake.readAllStandardError().constData());
    QVERIFY(QFile::exists(m_project));
}

void TranslationCataloguesTest::upToDate_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : languages())
        QTest::newRow(qPrintable(language)) << language;
}

// lupdate, run with the project's options into a copy of the .ts file, must find nothing to add or
// drop. Compared by (context, source, comment), so order, line numbers and formatting do not matter.
void TranslationCataloguesTest::upToDate()
{
    QFETCH(QString, language);
    const QString copy = m_dir.filePath(QFileInfo(tsPath(language)).fileName());
    QFile::remove(copy);
    QVERIFY(QFile::copy(tsPath(language), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QProcess lupdate;
    lupdate.start(QStringLiteral(MPKI_LUPDATE),
                  {QStringLiteral("-project"), m_project, QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-no-obsolete"), QStringLiteral("-silent"),
                   QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QString error;
    QSet<QString> committed, current;
    QHash<QString, QString> labels;
    for (const Message &message : readTs(tsPath(language), &error)) {
        if (!message.obsolete)
            committed << message.key();
        labels.insert(message.key(), message.label());
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const Message &message : readTs(copy, &error)) {
        current << message.key();
        labels.insert(message.key(), message.label());
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList problems;
    for (const QString &key : current - committed)
        problems << QStringLiteral("  new in the sources:  ") + key;
    for (const QString &key : committed - current)
        problems << QStringLiteral("  gone from the sources: ") + key;
    problems.sort();
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 is out of date (%2):\n%3")
                                                .arg(tsPath(language), QLatin1String(refreshHint),
                                                     problems.join(QLatin1Char('\n')))));
}

void TranslationCataloguesTest::complete_data()
{
    upToDate_data();
}

// Every message translated, no form empty, the placeholders kept, and not mostly English copied over.
void TranslationCataloguesTest::complete()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!messages.isEmpty(), "no messages");

    QStringList problems;
    int sameAsEnglish = 0;
    int live = 0;
    for (const Message &message : messages) {
        if (message.obsolete) {
            problems << QStringLiteral("obsolete entry (run lupdate with -no-obsolete): ") + message.label();
            continue;
        }
        ++live;
        if (message.unfinished)
            problems << QStringLiteral("unfinished: ") + message.label();
        if (message.numerus && message.translations.size() < 2)
            problems << QStringLiteral("plural forms missing: ") + message.label();
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty())
                problems << QStringLiteral("empty translation: ") + message.label();
            else if (placeholders(translation) != placeholders(message.source) && !message.numerus)
                problems << QStringLiteral("placeholders differ: ") + message.label();
        }
        if (message.numerus && !message.translations.isEmpty() &&
            placeholders(message.translations.constLast()) != placeholders(message.source))
            problems << QStringLiteral("placeholders differ in the plural form: ") + message.label();
        if (message.translations.value(0).trimmed() == message.source.trimmed() &&
            message.source.trimmed().size() > 3)
            ++sameAsEnglish;
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(tsPath(language) + QLatin1String(":\n  ") + problems.join(QLatin1String("\n  "))));
    // Some terms stay as they are (SEPPmail, Customer URI, JSON); most must not.
    QVERIFY2(sameAsEnglish * 4 <= live,
             qPrintable(
                 QStringLiteral("%1 of %2 messages identical to the English").arg(sameAsEnglish).arg(live)));
}

void TranslationCataloguesTest::qmLoads_data()
{
    upToDate_data();
}

void TranslationCataloguesTest::qmLoads()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral("mpki-setup_") + language, QStringLiteral(MPKI_QM_DIR)),
             qPrintable(QStringLiteral("cannot load mpki-setup_%1.qm from " MPKI_QM_DIR).arg(language)));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.language().section(QLatin1Char('_'), 0, 0), language);

    // A message taken from the .ts file comes out of the .qm file translated.
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &error);
    for (const Message &message : messages) {
        if (message.numerus || message.obsolete || message.translations.value(0) == message.source)
            continue;
        QCOMPARE(translator.translate(qPrintable(message.context), qPrintable(message.source),
                                      message.comment.isEmpty() ? nullptr : qPrintable(message.comment)),
                 message.translations.value(0));
        return;
    }
    QFAIL("no translated message to look up");
}

QTEST_GUILESS_MAIN(TranslationCataloguesTest)
#include "TranslationCataloguesTest.moc"
