// The Dutch translation (metadata/i18n/targetgroup_nl.ts, compiled by lrelease
// into <build>/targetgroup_nl.qm): the compiled file translates names,
// parameters and errors once installed, English is back when it is removed,
// and every message of the .ts is finished and keeps its placeholders, HTML
// tags, parameter names and field names.

#include "buildprofilealgorithm.h"
#include "common/layerstyles.h"
#include "common/outputschema.h"
#include "scorehouseholdsalgorithm.h"
#include "targetgroupprovider.h"
#include "testlayers.h"

#include <gtest/gtest.h>

#include <qgsapplication.h>
#include <qgsprocessingprovider.h>
#include <qgsprocessingregistry.h>

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

using namespace targetgroup;
using namespace targetgroup::test;

namespace
{

const QString kQmPath = QStringLiteral( TARGETGROUP_BINARY_DIR "/targetgroup_nl.qm" );
const QString kTsPath = QStringLiteral( TARGETGROUP_SOURCE_DIR "/metadata/i18n/targetgroup_nl.ts" );

//! One <message> of a .ts file.
struct TsMessage
{
  QString context;
  QString source;
  bool numerus = false;
  bool unfinished = false;
  bool obsolete = false;    //!< type="vanished" or "obsolete": no longer in the sources
  QStringList translations; //!< one text, or one per plural form
  qint64 line = 0;

  std::string where() const { return QStringLiteral( "line %1, [%2] \"%3\"" ).arg( line ).arg( context, source.left( 90 ) ).toStdString(); }
};

std::vector<TsMessage> readTsFile( const QString &path, QString &error )
{
  std::vector<TsMessage> messages;
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
  {
    error = file.errorString();
    return messages;
  }
  QXmlStreamReader xml( &file );
  QString context;
  while ( !xml.atEnd() )
  {
    xml.readNext();
    if ( xml.isStartElement() && xml.name() == QLatin1String( "context" ) )
    {
      while ( xml.readNextStartElement() )
      {
        if ( xml.name() == QLatin1String( "name" ) )
          context = xml.readElementText();
        else if ( xml.name() == QLatin1String( "message" ) )
        {
          TsMessage message;
          message.context = context;
          message.line = xml.lineNumber();
          message.numerus = xml.attributes().value( QLatin1String( "numerus" ) ) == QLatin1String( "yes" );
          while ( xml.readNextStartElement() )
          {
            if ( xml.name() == QLatin1String( "source" ) )
              message.source = xml.readElementText();
            else if ( xml.name() == QLatin1String( "translation" ) )
            {
              const QString type = xml.attributes().value( QLatin1String( "type" ) ).toString();
              message.unfinished = type == QLatin1String( "unfinished" );
              message.obsolete = type == QLatin1String( "vanished" ) || type == QLatin1String( "obsolete" );
              if ( message.numerus )
              {
                while ( xml.readNextStartElement() )
                {
                  if ( xml.name() == QLatin1String( "numerusform" ) )
                    message.translations << xml.readElementText();
                  else
                    xml.skipCurrentElement();
                }
              }
              else
                message.translations << xml.readElementText();
            }
            else
              xml.skipCurrentElement();
          }
          messages.push_back( message );
        }
        else
          xml.skipCurrentElement();
      }
    }
  }
  if ( xml.hasError() )
    error = QStringLiteral( "%1 at line %2" ).arg( xml.errorString() ).arg( xml.lineNumber() );
  return messages;
}

//! All matches of pattern in text, sorted (a multiset).
QStringList matches( const QRegularExpression &pattern, const QString &text )
{
  QStringList found;
  QRegularExpressionMatchIterator iterator = pattern.globalMatch( text );
  while ( iterator.hasNext() )
    found << iterator.next().captured( 0 );
  std::sort( found.begin(), found.end() );
  return found;
}

//! The same, as one printable string for comparisons.
std::string matchList( const QRegularExpression &pattern, const QString &text )
{
  return matches( pattern, text ).join( QLatin1String( " | " ) ).toStdString();
}

//! Parameter and output names of every algorithm of the provider (INPUT, SEED, MIN_CELL, MATCHED...).
QSet<QString> providerParameterNames()
{
  QSet<QString> names;
  const QgsProcessingProvider *provider = QgsApplication::processingRegistry()->providerById( QStringLiteral( "targetgroup" ) );
  if ( !provider )
    return names;
  const QList<const QgsProcessingAlgorithm *> algorithms = provider->algorithms();
  for ( const QgsProcessingAlgorithm *algorithm : algorithms )
  {
    for ( const QgsProcessingParameterDefinition *parameter : algorithm->parameterDefinitions() )
      names.insert( parameter->name() );
    for ( const QgsProcessingOutputDefinition *output : algorithm->outputDefinitions() )
      names.insert( output->name() );
  }
  return names;
}

class TranslationTest : public ::testing::Test
{
protected:
  void TearDown() override
  {
    // Other suites in this process expect English.
    if ( mInstalled )
      QCoreApplication::removeTranslator( &mTranslator );
  }

  bool installDutch()
  {
    if ( !mTranslator.load( kQmPath ) )
      return false;
    mInstalled = QCoreApplication::installTranslator( &mTranslator );
    return mInstalled;
  }

  void removeDutch()
  {
    QCoreApplication::removeTranslator( &mTranslator );
    mInstalled = false;
  }

  QTranslator mTranslator;
  bool mInstalled = false;
};

//! Runs Build target group profile without a seed expression and returns its error.
QString missingSeedError()
{
  auto layer = memoryLayer( QStringLiteral( "None?field=easy:integer" ), QStringLiteral( "households" ) );
  addFeature( layer.get(), { 1 } );
  QVariantMap parameters;
  parameters.insert( BuildProfileAlgorithm::INPUT, QVariant::fromValue( layer.get() ) );
  parameters.insert( BuildProfileAlgorithm::SEED, QString() );
  parameters.insert( BuildProfileAlgorithm::FIELDS, QStringList{ QStringLiteral( "easy" ) } );
  parameters.insert( BuildProfileAlgorithm::OUTPUT_PROFILE, QgsProcessing::TEMPORARY_OUTPUT );
  parameters.insert( BuildProfileAlgorithm::OUTPUT_TABLE, QgsProcessing::TEMPORARY_OUTPUT );
  QgsProcessingContext context;
  RecordingFeedback feedback;
  const AlgorithmRun run = runAlgorithm( BuildProfileAlgorithm(), parameters, context, feedback );
  return run.ok ? QString() : run.error;
}

QString seedParameterDescription()
{
  std::unique_ptr<QgsProcessingAlgorithm> algorithm( BuildProfileAlgorithm().create() );
  const QgsProcessingParameterDefinition *seed = algorithm->parameterDefinition( BuildProfileAlgorithm::SEED );
  return seed ? seed->description() : QString();
}

} // namespace

TEST_F( TranslationTest, EnglishIsTheDefault )
{
  EXPECT_EQ( BuildProfileAlgorithm().displayName().toStdString(), "Build target group profile" );
  EXPECT_EQ( TargetGroupProvider().name().toStdString(), "Target group profiling" );
}

TEST_F( TranslationTest, DutchQmTranslatesNamesParametersAndErrors )
{
  ASSERT_TRUE( QFile::exists( kQmPath ) ) << "build the target targetgroup_translations: " << kQmPath.toStdString();
  ASSERT_TRUE( installDutch() ) << "cannot load " << kQmPath.toStdString();

  EXPECT_EQ( BuildProfileAlgorithm().displayName().toStdString(), "Doelgroepprofiel maken" );
  EXPECT_EQ( ScoreHouseholdsAlgorithm().displayName().toStdString(), "Huishoudens scoren" );
  // No subgroup under the provider (the provider's name says it all).
  EXPECT_TRUE( BuildProfileAlgorithm().group().isEmpty() );
  // Parameters are described in Dutch once initAlgorithm runs (create() calls it).
  EXPECT_EQ( seedParameterDescription().toStdString(), "Voorbeeldhuishoudens (expressie)" );
  // The provider translates in its own context (targetgroup::TargetGroupProvider).
  EXPECT_EQ( TargetGroupProvider().name().toStdString(), "Doelgroepprofilering" );
  // Errors: the parameter name and the example expression stay as they are.
  const QString error = missingSeedError();
  EXPECT_TRUE( error.startsWith( QStringLiteral( "Geen expressie voor de voorbeeldgroep opgegeven. Stel SEED in" ) ) ) << error.toStdString();
  EXPECT_TRUE( error.contains( QStringLiteral( "\"easy_read_loans\" > 0 AND \"first_lang\" = 'nl'" ) ) ) << error.toStdString();

  removeDutch();
  EXPECT_EQ( BuildProfileAlgorithm().displayName().toStdString(), "Build target group profile" );
  EXPECT_EQ( seedParameterDescription().toStdString(), "Seed households (expression)" );
  EXPECT_EQ( TargetGroupProvider().name().toStdString(), "Target group profiling" );
  EXPECT_TRUE( missingSeedError().startsWith( QStringLiteral( "No seed expression given." ) ) );
}

TEST_F( TranslationTest, LegendsAliasesAndCaptionsFollowTheUsersLanguage )
{
  ASSERT_TRUE( installDutch() ) << "cannot load " << kQmPath.toStdString();
  // The default styles are built when a run ends, in the language of the user.
  EXPECT_EQ( styles::areaClassLabel( 0.08, 0.12, 0 ).toStdString(), "8–12% van de huishoudens" );
  EXPECT_EQ( styles::suppressedLabel( 10 ).toStdString(), "Afgeschermd: minder dan 10 huishoudens" );
  const schema::OutputField *share = schema::findOutputField( schema::areaFigureFields(), schema::kShare );
  ASSERT_TRUE( share );
  EXPECT_NE( share->alias().toStdString(), "Target-group share of households" );
  removeDutch();
  EXPECT_EQ( share->alias().toStdString(), "Target-group share of households" );
}

TEST_F( TranslationTest, QmHoldsEveryMessageOfTheTsFile )
{
  QString error;
  const std::vector<TsMessage> messages = readTsFile( kTsPath, error );
  ASSERT_TRUE( error.isEmpty() ) << error.toStdString();
  ASSERT_TRUE( mTranslator.load( kQmPath ) ) << kQmPath.toStdString();
  int checked = 0;
  for ( const TsMessage &message : messages )
  {
    if ( message.unfinished || message.obsolete || message.translations.isEmpty() )
      continue;
    const QByteArray context = message.context.toUtf8();
    const QByteArray source = message.source.toUtf8();
    if ( message.numerus )
    {
      // Dutch has two forms: n == 1 and the rest.
      ASSERT_EQ( message.translations.size(), 2 ) << message.where();
      EXPECT_EQ( mTranslator.translate( context.constData(), source.constData(), nullptr, 1 ).toStdString(), message.translations.at( 0 ).toStdString() ) << message.where();
      EXPECT_EQ( mTranslator.translate( context.constData(), source.constData(), nullptr, 5 ).toStdString(), message.translations.at( 1 ).toStdString() ) << message.where();
    }
    else
      EXPECT_EQ( mTranslator.translate( context.constData(), source.constData() ).toStdString(), message.translations.at( 0 ).toStdString() ) << message.where();
    ++checked;
  }
  EXPECT_GT( checked, 200 );
}

TEST( TranslationFile, EveryMessageIsFinished )
{
  QString error;
  const std::vector<TsMessage> messages = readTsFile( kTsPath, error );
  ASSERT_TRUE( error.isEmpty() ) << kTsPath.toStdString() << ": " << error.toStdString();
  ASSERT_GT( messages.size(), 200u ) << "run the target update_translations";
  for ( const TsMessage &message : messages )
  {
    EXPECT_FALSE( message.unfinished ) << "unfinished: " << message.where();
    EXPECT_FALSE( message.obsolete ) << "no longer in the sources (run update_translations): " << message.where();
    EXPECT_FALSE( message.translations.isEmpty() ) << message.where();
    for ( const QString &translation : message.translations )
      EXPECT_FALSE( translation.trimmed().isEmpty() ) << "empty translation: " << message.where();
  }
}

TEST( TranslationFile, PlaceholdersMatch )
{
  QString error;
  const std::vector<TsMessage> messages = readTsFile( kTsPath, error );
  ASSERT_TRUE( error.isEmpty() ) << error.toStdString();
  // %1..%99 and %n; "95%" or "%-" are not placeholders.
  const QRegularExpression placeholder( QStringLiteral( "%(?:\\d+|n)" ) );
  for ( const TsMessage &message : messages )
  {
    const std::string expected = matchList( placeholder, message.source );
    for ( const QString &translation : message.translations )
      EXPECT_EQ( matchList( placeholder, translation ), expected ) << message.where() << "\n  -> " << translation.toStdString();
  }
}

TEST( TranslationFile, HtmlTagsAndLeadingOrTrailingSpacesMatch )
{
  QString error;
  const std::vector<TsMessage> messages = readTsFile( kTsPath, error );
  ASSERT_TRUE( error.isEmpty() ) << error.toStdString();
  // A tag starts with a letter after "<" or "</", so "index < 110" is no tag.
  const QRegularExpression tag( QStringLiteral( "</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>" ) );
  for ( const TsMessage &message : messages )
  {
    const std::string expected = matchList( tag, message.source );
    for ( const QString &translation : message.translations )
    {
      EXPECT_EQ( matchList( tag, translation ), expected ) << message.where();
      // Fragments such as " (see UNMATCHED_OUTPUT)" are appended to other messages.
      EXPECT_EQ( translation.startsWith( QLatin1Char( ' ' ) ), message.source.startsWith( QLatin1Char( ' ' ) ) ) << message.where();
      EXPECT_EQ( translation.endsWith( QLatin1Char( ' ' ) ), message.source.endsWith( QLatin1Char( ' ' ) ) ) << message.where();
    }
  }
}

TEST( TranslationFile, ParameterFieldAndCodeNamesAreKept )
{
  QString error;
  const std::vector<TsMessage> messages = readTsFile( kTsPath, error );
  ASSERT_TRUE( error.isEmpty() ) << error.toStdString();
  const QSet<QString> parameterNames = providerParameterNames();
  ASSERT_TRUE( parameterNames.contains( QStringLiteral( "MIN_CELL" ) ) ) << "the targetgroup provider is not registered";
  const QRegularExpression word( QStringLiteral( "\\b[A-Z][A-Z0-9_]*\\b" ) );
  // Field names (tg_prob, hh_total, mem_*) and the category codes the algorithms write.
  const QRegularExpression identifier( QStringLiteral( "\\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+|\\b[a-z]+_\\*|\\((?:missing|other)\\)" ) );
  for ( const TsMessage &message : messages )
  {
    // The captions "(missing)" and "(other)" of reports (categoryCaption())
    // are those codes in the user's language, on purpose.
    if ( message.source == QLatin1String( "(missing)" ) || message.source == QLatin1String( "(other)" ) )
      continue;
    QSet<QString> required;
    for ( const QString &name : matches( word, message.source ) )
    {
      if ( parameterNames.contains( name ) )
        required.insert( name );
    }
    for ( const QString &name : matches( identifier, message.source ) )
      required.insert( name );
    for ( const QString &translation : message.translations )
    {
      const QStringList present = matches( word, translation ) + matches( identifier, translation );
      for ( const QString &name : std::as_const( required ) )
        EXPECT_TRUE( present.contains( name ) ) << "\"" << name.toStdString() << "\" is missing from the translation of " << message.where();
    }
  }
}
