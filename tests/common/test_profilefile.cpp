// The profile file: what writeProfileFile() writes reads back unchanged, and
// readProfileFile() / profileFromJson() refuse every file that breaks a rule of
// metadata/profile-format.md (common/profilevalidator.cpp), naming the file,
// the JSON path, the value and the fix. One test per rule: each starts from a
// valid profile and breaks one thing. Also checkProfileMatchesLayer() and the
// fuzzer seed corpus in tests/fuzz/corpus/profile/.

#include "common/profilefile.h"
#include "common/profilevalidator.h"

#include "testlayers.h"

#include <gtest/gtest.h>
#include <qgsexception.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>

using namespace targetgroup;
using namespace targetgroup::test;

namespace
{

const QString kSource = QStringLiteral( "hostile.json" );
const QString kFix = QStringLiteral( "Build target group profile" );

// Seed 100 of base 1000; four fields, one of each sort the builder writes.
//   fields[0] lang:    text, categorical, scoring
//   fields[1] hh_size: number, categorical, scoring
//   fields[2] age:     number, binned at 30 / 50 / 70, ">= 70" merged into "(other)", weight 0.5
//   fields[3] hobby:   text, descriptive, two values merged into "(other)"
engine::Profile validProfile()
{
  engine::Profile profile;
  profile.seedExpression = "\"easy_read_loans\" > 0";
  profile.seedCount = 100;
  profile.baseCount = 1000;
  profile.bins = 5;
  profile.minCell = 10;
  profile.priorStrength = 10;
  engine::ProfileField lang;
  lang.name = "lang";
  lang.categories = { { "nl", 70, 400 }, { "tr", 20, 300 }, { engine::kMissingCategory, 10, 300 } };
  engine::ProfileField size;
  size.name = "hh_size";
  size.numericSource = true;
  size.categories = { { "1", 30, 200 }, { "2", 40, 300 }, { "3", 30, 500 } };
  engine::ProfileField age;
  age.name = "age";
  age.kind = engine::FieldKind::Binned;
  age.numericSource = true;
  age.scoringWeight = 0.5;
  age.binEdges = { 30, 50, 70 };
  age.mergedIntoOther = { ">= 70" };
  age.categories = { { "< 30", 10, 200 }, { "30 to < 50", 20, 250 }, { "50 to < 70", 30, 250 }, { engine::kOtherCategory, 40, 300 } };
  engine::ProfileField hobby;
  hobby.name = "hobby";
  hobby.usedForScoring = false;
  hobby.mergedIntoOther = { "gaming", "chess" };
  hobby.categories = { { "reading", 50, 400 }, { "cooking", 40, 300 }, { engine::kOtherCategory, 10, 300 } };
  profile.fields = { lang, size, age, hobby };
  // Format version 2: the PU logistic model (coefficients of the scoring fields) and the self-assessment.
  double coefficient = -0.75;
  for ( engine::ProfileField &field : profile.fields )
  {
    if ( !field.usedForScoring )
      continue;
    for ( engine::ProfileCategory &category : field.categories )
    {
      category.coefficient = coefficient;
      category.coefficientError = 0.125 + 0.25 * ( coefficient + 1 );
      coefficient += 0.25;
    }
  }
  profile.logisticModel.present = true;
  profile.logisticModel.intercept = -2.5;
  profile.logisticModel.l2 = 1;
  profile.logisticModel.seedRows = 100;
  profile.logisticModel.unlabelledRows = 900;
  profile.logisticModel.unlabelledTotal = 900;
  profile.logisticModel.iterations = 6;
  profile.logisticModel.converged = true;
  profile.selfAssessment.folds = 5;
  profile.selfAssessment.likelihood = { 0.25, 0.5, 0.75, 100 };
  profile.selfAssessment.puLogistic = { 0.375, 0.625, 0.8125, 100 };
  profile.selfAssessment.aucDifferenceError = 0.03125;
  profile.selfAssessment.recommended = engine::ScoringMethod::PuLogistic;
  return profile;
}

QJsonObject validJson()
{
  return QJsonDocument::fromJson( profileToJson( validProfile() ) ).object();
}

QJsonValue withValueAt( const QJsonValue &node, const QStringList &steps, int step, const QJsonValue &value )
{
  if ( step == steps.size() )
    return value;
  const QString &key = steps.at( step );
  const bool last = step + 1 == steps.size();
  if ( key.startsWith( QLatin1Char( '[' ) ) )
  {
    const int index = key.mid( 1, key.size() - 2 ).toInt();
    QJsonArray array = node.toArray();
    if ( last && value.isUndefined() )
      array.removeAt( index );
    else
      array[index] = withValueAt( array.at( index ), steps, step + 1, value );
    return array;
  }
  QJsonObject object = node.toObject();
  if ( last && value.isUndefined() )
    object.remove( key );
  else
    object[key] = withValueAt( object.value( key ), steps, step + 1, value );
  return object;
}

/**
 * The profile with the member at `path` (as the messages spell it, e.g.
 * "fields[2].categories[0].seed_n") set to `value`, or removed when `value` is
 * undefined.
 */
QJsonObject with( const QString &path, const QJsonValue &value, const QJsonObject &root = validJson() )
{
  QStringList steps;
  QRegularExpressionMatchIterator it = QRegularExpression( QStringLiteral( "[a-z_]+|\\[\\d+\\]" ) ).globalMatch( path );
  while ( it.hasNext() )
    steps << it.next().captured( 0 );
  return withValueAt( root, steps, 0, value ).toObject();
}

QJsonObject without( const QString &path )
{
  return with( path, QJsonValue( QJsonValue::Undefined ) );
}

//! The message refusing the JSON text, or "" when it was accepted.
QString refusal( const QByteArray &json )
{
  try
  {
    profileFromJson( json, kSource );
  }
  catch ( const QgsProcessingException &error )
  {
    return error.what();
  }
  return QString();
}

QString refusal( const QJsonObject &root )
{
  return refusal( QJsonDocument( root ).toJson() );
}

//! Asserts the profile is refused with a message naming the file, the fix and every one of `expected`.
void expectRefused( const QString &message, const QStringList &expected )
{
  ASSERT_FALSE( message.isEmpty() ) << "accepted, expected a refusal naming " << expected.join( QLatin1String( " / " ) ).toStdString();
  EXPECT_TRUE( message.contains( kSource ) ) << message.toStdString();
  EXPECT_TRUE( message.contains( kFix ) ) << message.toStdString();
  for ( const QString &part : expected )
    EXPECT_TRUE( message.contains( part ) ) << "\"" << part.toStdString() << "\" not in: " << message.toStdString();
}

void expectFieldsEqual( const engine::ProfileField &read, const engine::ProfileField &written )
{
  EXPECT_EQ( read.name, written.name );
  EXPECT_EQ( read.kind, written.kind ) << written.name;
  EXPECT_EQ( read.numericSource, written.numericSource ) << written.name;
  EXPECT_EQ( read.usedForScoring, written.usedForScoring ) << written.name;
  EXPECT_EQ( read.scoringWeight, written.scoringWeight ) << written.name;
  EXPECT_EQ( read.binEdges, written.binEdges ) << written.name;
  EXPECT_EQ( read.mergedIntoOther, written.mergedIntoOther ) << written.name;
  ASSERT_EQ( read.categories.size(), written.categories.size() ) << written.name;
  for ( size_t i = 0; i < written.categories.size(); ++i )
  {
    EXPECT_EQ( read.categories[i].label, written.categories[i].label );
    EXPECT_EQ( read.categories[i].seedCount, written.categories[i].seedCount ) << written.categories[i].label;
    EXPECT_EQ( read.categories[i].baseCount, written.categories[i].baseCount ) << written.categories[i].label;
    EXPECT_EQ( read.categories[i].coefficient, written.categories[i].coefficient ) << written.categories[i].label;
    EXPECT_EQ( read.categories[i].coefficientError, written.categories[i].coefficientError ) << written.categories[i].label;
  }
}

} // namespace

// --- valid files --------------------------------------------------------------

TEST( ProfileFile, ValidProfileRoundTripsUnchanged )
{
  const engine::Profile written = validProfile();
  const QByteArray json = profileToJson( written );
  const engine::Profile read = profileFromJson( json, kSource );
  EXPECT_EQ( read.formatVersion, engine::kProfileFormatVersion );
  EXPECT_EQ( read.seedExpression, written.seedExpression );
  EXPECT_EQ( read.baseExpression, written.baseExpression );
  EXPECT_EQ( read.seedCount, 100 );
  EXPECT_EQ( read.baseCount, 1000 );
  EXPECT_EQ( read.bins, written.bins );
  EXPECT_EQ( read.minCell, written.minCell );
  EXPECT_EQ( read.priorStrength, written.priorStrength );
  ASSERT_EQ( read.fields.size(), written.fields.size() );
  for ( size_t i = 0; i < written.fields.size(); ++i )
    expectFieldsEqual( read.fields[i], written.fields[i] );
  EXPECT_TRUE( read.logisticModel.present );
  EXPECT_EQ( read.logisticModel.intercept, -2.5 );
  EXPECT_EQ( read.logisticModel.l2, 1 );
  EXPECT_EQ( read.logisticModel.seedRows, 100 );
  EXPECT_EQ( read.logisticModel.unlabelledRows, 900 );
  EXPECT_EQ( read.logisticModel.unlabelledTotal, 900 );
  EXPECT_EQ( read.logisticModel.iterations, 6 );
  EXPECT_TRUE( read.logisticModel.converged );
  EXPECT_EQ( read.selfAssessment.folds, 5 );
  EXPECT_EQ( read.selfAssessment.likelihood.recallTop10, 0.25 );
  EXPECT_EQ( read.selfAssessment.likelihood.recallTop20, 0.5 );
  EXPECT_EQ( read.selfAssessment.likelihood.auc, 0.75 );
  EXPECT_EQ( read.selfAssessment.puLogistic.auc, 0.8125 );
  EXPECT_EQ( read.selfAssessment.puLogistic.heldOut, 100 );
  EXPECT_EQ( read.selfAssessment.aucDifferenceError, 0.03125 );
  EXPECT_EQ( read.selfAssessment.recommended, engine::ScoringMethod::PuLogistic );

  // Written again, the file is the same but for its time of writing.
  QJsonObject first = QJsonDocument::fromJson( json ).object();
  QJsonObject second = QJsonDocument::fromJson( profileToJson( read ) ).object();
  first.remove( QStringLiteral( "created" ) );
  second.remove( QStringLiteral( "created" ) );
  EXPECT_EQ( first, second );
}

namespace
{

//! A format version 1 profile: validProfile() without the model and the self-assessment.
QJsonObject version1Json()
{
  QJsonObject root = validJson();
  root.insert( QStringLiteral( "format_version" ), 1 );
  root.remove( QStringLiteral( "logistic_model" ) );
  root.remove( QStringLiteral( "self_assessment" ) );
  QJsonArray fields = root.value( QStringLiteral( "fields" ) ).toArray();
  for ( int f = 0; f < fields.size(); ++f )
  {
    QJsonObject field = fields.at( f ).toObject();
    QJsonArray categories = field.value( QStringLiteral( "categories" ) ).toArray();
    for ( int c = 0; c < categories.size(); ++c )
    {
      QJsonObject category = categories.at( c ).toObject();
      category.remove( QStringLiteral( "coefficient" ) );
      category.remove( QStringLiteral( "coefficient_se" ) );
      categories[c] = category;
    }
    field.insert( QStringLiteral( "categories" ), categories );
    fields[f] = field;
  }
  root.insert( QStringLiteral( "fields" ), fields );
  return root;
}

} // namespace

TEST( ProfileFile, Version1ProfileStillReadsWithoutModel )
{
  const QJsonObject root = version1Json();
  const engine::Profile read = profileFromJson( QJsonDocument( root ).toJson(), kSource );
  EXPECT_EQ( read.formatVersion, 1 );
  EXPECT_FALSE( read.logisticModel.present );
  EXPECT_EQ( read.selfAssessment.folds, 0 );
  EXPECT_EQ( read.fields[0].categories[0].coefficient, 0 );
  EXPECT_EQ( read.fields.size(), 4u );
  // written again it stays a version 1 file, without the version 2 members
  const QJsonObject again = QJsonDocument::fromJson( profileToJson( read ) ).object();
  EXPECT_EQ( again.value( QStringLiteral( "format_version" ) ).toInt(), 1 );
  EXPECT_FALSE( again.contains( QStringLiteral( "logistic_model" ) ) );
  EXPECT_FALSE( again.contains( QStringLiteral( "self_assessment" ) ) );
  // a version 1 file with version 2 members: they are ignored, as unknown members
  QJsonObject mixed = validJson();
  mixed.insert( QStringLiteral( "format_version" ), 1 );
  EXPECT_FALSE( profileFromJson( QJsonDocument( mixed ).toJson(), kSource ).logisticModel.present );
}

TEST( ProfileFile, Version2WithoutModelOrAssessmentIsNull )
{
  QJsonObject root = with( QStringLiteral( "logistic_model" ), QJsonValue::Null, version1Json() );
  root.insert( QStringLiteral( "format_version" ), 2 );
  root.insert( QStringLiteral( "self_assessment" ), QJsonValue::Null );
  const engine::Profile read = profileFromJson( QJsonDocument( root ).toJson(), kSource );
  EXPECT_EQ( read.formatVersion, 2 );
  EXPECT_FALSE( read.logisticModel.present );
  EXPECT_EQ( read.selfAssessment.folds, 0 );
  const QJsonObject again = QJsonDocument::fromJson( profileToJson( read ) ).object();
  EXPECT_TRUE( again.value( QStringLiteral( "logistic_model" ) ).isNull() );
  EXPECT_TRUE( again.value( QStringLiteral( "self_assessment" ) ).isNull() );
}

TEST( ProfileFile, Version2ModelAndAssessmentRulesAreChecked )
{
  expectRefused( refusal( without( QStringLiteral( "logistic_model" ) ) ), { QStringLiteral( "logistic_model is missing" ) } );
  expectRefused( refusal( without( QStringLiteral( "self_assessment" ) ) ), { QStringLiteral( "self_assessment is missing" ) } );
  for ( const QString &path : { QStringLiteral( "logistic_model.intercept" ), QStringLiteral( "logistic_model.penalty" ), QStringLiteral( "logistic_model.seed_rows" ),
                                QStringLiteral( "logistic_model.unlabelled_rows" ), QStringLiteral( "logistic_model.unlabelled_total" ),
                                QStringLiteral( "logistic_model.iterations" ), QStringLiteral( "logistic_model.converged" ),
                                QStringLiteral( "fields[2].categories[1].coefficient" ), QStringLiteral( "fields[2].categories[1].coefficient_se" ),
                                QStringLiteral( "self_assessment.folds" ), QStringLiteral( "self_assessment.likelihood" ),
                                QStringLiteral( "self_assessment.pu_logistic.auc" ), QStringLiteral( "self_assessment.pu_logistic.held_out" ),
                                QStringLiteral( "self_assessment.auc_difference_se" ), QStringLiteral( "self_assessment.recommended_method" ) } )
    expectRefused( refusal( without( path ) ), { path + QStringLiteral( " is missing" ) } );
  // descriptive fields carry no coefficient
  EXPECT_EQ( refusal( without( QStringLiteral( "fields[3].categories[0].coefficient" ) ) ), QString() );
  expectRefused( refusal( with( QStringLiteral( "logistic_model.penalty" ), 0 ) ), { QStringLiteral( "logistic_model.penalty is 0; it must be a number greater than 0" ) } );
  expectRefused( refusal( with( QStringLiteral( "logistic_model.unlabelled_total" ), 899 ) ), { QStringLiteral( "logistic_model.unlabelled_total is 899; it must be a whole number from 900" ) } );
  expectRefused( refusal( with( QStringLiteral( "fields[0].categories[2].coefficient_se" ), -0.5 ) ), { QStringLiteral( "fields[0].categories[2].coefficient_se is -0.5" ) } );
  expectRefused( refusal( with( QStringLiteral( "fields[0].categories[2].coefficient" ), QStringLiteral( "1" ) ) ), { QStringLiteral( "fields[0].categories[2].coefficient is \"1\" (text)" ) } );
  expectRefused( refusal( with( QStringLiteral( "self_assessment.likelihood.auc" ), 1.5 ) ), { QStringLiteral( "self_assessment.likelihood.auc is 1.5; it must be a share from 0 to 1" ) } );
  expectRefused( refusal( with( QStringLiteral( "self_assessment.folds" ), 1 ) ), { QStringLiteral( "self_assessment.folds is 1" ) } );
  expectRefused( refusal( with( QStringLiteral( "self_assessment.auc_difference_se" ), -0.25 ) ), { QStringLiteral( "self_assessment.auc_difference_se is -0.25; it must be a number of 0 or more" ) } );
  expectRefused( refusal( with( QStringLiteral( "self_assessment.recommended_method" ), QStringLiteral( "central_profile" ) ) ),
                 { QStringLiteral( "self_assessment.recommended_method is \"central_profile\" (text); it must be \"likelihood\" or \"pu_logistic\"" ) } );
  QJsonObject withoutModel = with( QStringLiteral( "logistic_model" ), QJsonValue::Null );
  expectRefused( refusal( withoutModel ), { QStringLiteral( "self_assessment.recommended_method is \"pu_logistic\" (text); it must be \"likelihood\" (logistic_model is null)" ) } );
  withoutModel = with( QStringLiteral( "self_assessment.recommended_method" ), QStringLiteral( "likelihood" ), withoutModel );
  EXPECT_EQ( refusal( withoutModel ), QString() ); // the coefficients are then not read
}

TEST( ProfileFile, WrittenFileReadsBackAndMessagesNameTheFile )
{
  QTemporaryDir directory;
  ASSERT_TRUE( directory.isValid() );
  const QString path = directory.filePath( QStringLiteral( "profile.json" ) );
  writeProfileFile( validProfile(), path );
  EXPECT_EQ( readProfileFile( path ).fields.size(), 4u );

  QFile file( path );
  ASSERT_TRUE( file.open( QIODevice::WriteOnly | QIODevice::Truncate ) );
  file.write( QJsonDocument( with( QStringLiteral( "fields[0].categories[1].seed_n" ), -5 ) ).toJson() );
  file.close();
  try
  {
    readProfileFile( path );
    FAIL() << "a negative count was accepted";
  }
  catch ( const QgsProcessingException &error )
  {
    EXPECT_TRUE( error.what().contains( path ) ) << error.what().toStdString();
    EXPECT_TRUE( error.what().contains( QStringLiteral( "fields[0].categories[1].seed_n is -5" ) ) ) << error.what().toStdString();
  }
}

TEST( ProfileFile, ZeroPriorStrengthAndUnknownMembersAreAccepted )
{
  QJsonObject root = with( QStringLiteral( "prior_strength" ), 0 );
  root.insert( QStringLiteral( "comment" ), QStringLiteral( "readers ignore members they do not know" ) );
  EXPECT_EQ( refusal( root ), QString() );
}

TEST( ProfileFile, BinnedFieldWithoutEdgesHasTheOneBinAll )
{
  // Every value of the base equal (or missing): no edges, one bin "(all)".
  QJsonObject root = with( QStringLiteral( "fields[2].bin_edges" ), QJsonArray() );
  root = with( QStringLiteral( "fields[2].merged_into_other" ), QJsonArray(), root );
  QJsonArray categories;
  categories.append( QJsonObject{ { QStringLiteral( "label" ), QStringLiteral( "(all)" ) }, { QStringLiteral( "seed_n" ), 90 }, { QStringLiteral( "base_n" ), 900 }, { QStringLiteral( "coefficient" ), 0.1 }, { QStringLiteral( "coefficient_se" ), 0.2 } } );
  categories.append( QJsonObject{ { QStringLiteral( "label" ), QStringLiteral( "(missing)" ) }, { QStringLiteral( "seed_n" ), 10 }, { QStringLiteral( "base_n" ), 100 }, { QStringLiteral( "coefficient" ), -0.9 }, { QStringLiteral( "coefficient_se" ), 0.3 } } );
  root = with( QStringLiteral( "fields[2].categories" ), categories, root );
  EXPECT_EQ( refusal( root ), QString() );
}

// --- not a profile ------------------------------------------------------------

TEST( ProfileFile, NotJsonNamesTheParseErrorAndWhere )
{
  const QString message = refusal( QByteArray( "{ \"format\": \"targetgroup-profile\", " ) );
  ASSERT_FALSE( message.isEmpty() );
  EXPECT_TRUE( message.contains( QStringLiteral( "hostile.json is not valid JSON" ) ) ) << message.toStdString();
  EXPECT_TRUE( message.contains( QStringLiteral( "at byte" ) ) ) << message.toStdString();
}

TEST( ProfileFile, TopLevelArrayIsNamedAsSuch )
{
  const QString message = refusal( QByteArray( "[ { \"format\": \"targetgroup-profile\" } ]" ) );
  ASSERT_FALSE( message.isEmpty() );
  EXPECT_TRUE( message.contains( QStringLiteral( "hostile.json is a JSON array" ) ) ) << message.toStdString();
  EXPECT_FALSE( message.contains( QStringLiteral( "no error occurred" ) ) ) << message.toStdString();
}

TEST( ProfileFile, OtherFormatIsNamed )
{
  const QString message = refusal( with( QStringLiteral( "format" ), QStringLiteral( "geojson" ) ) );
  EXPECT_TRUE( message.contains( QStringLiteral( "hostile.json is not a targetgroup profile: its \"format\" is \"geojson\" (text), not \"targetgroup-profile\"" ) ) ) << message.toStdString();
  EXPECT_TRUE( refusal( without( QStringLiteral( "format" ) ) ).contains( QStringLiteral( "it has no \"format\" member" ) ) );
}

TEST( ProfileFile, FormatVersionThatIsNotAWholeNumberIsNamedAsWhatItIs )
{
  QString message = refusal( with( QStringLiteral( "format_version" ), QStringLiteral( "1" ) ) );
  expectRefused( message, { QStringLiteral( "format_version is \"1\" (text); it must be the whole number 1 or 2" ) } );
  EXPECT_FALSE( message.contains( QStringLiteral( "-1" ) ) ) << message.toStdString();
  expectRefused( refusal( with( QStringLiteral( "format_version" ), 1.5 ) ), { QStringLiteral( "format_version is 1.5;" ) } );
  expectRefused( refusal( with( QStringLiteral( "format_version" ), QJsonValue::Null ) ), { QStringLiteral( "format_version is null;" ) } );
}

TEST( ProfileFile, OtherFormatVersionNamesBothVersions )
{
  expectRefused( refusal( with( QStringLiteral( "format_version" ), 3 ) ), { QStringLiteral( "has format version 3, but this version of targetgroup reads format versions 1 to 2" ) } );
  expectRefused( refusal( with( QStringLiteral( "format_version" ), 0 ) ), { QStringLiteral( "has format version 0, but this version of targetgroup reads format versions 1 to 2" ) } );
}

// --- members and their types --------------------------------------------------

TEST( ProfileFile, EveryRequiredMemberIsRequired )
{
  const QStringList required = {
      QStringLiteral( "format_version" ), QStringLiteral( "generator" ), QStringLiteral( "created" ), QStringLiteral( "seed_expression" ),
      QStringLiteral( "base_expression" ), QStringLiteral( "seed_count" ), QStringLiteral( "base_count" ), QStringLiteral( "bins" ),
      QStringLiteral( "min_cell" ), QStringLiteral( "prior_strength" ), QStringLiteral( "fields" ), QStringLiteral( "fields[2].name" ),
      QStringLiteral( "fields[2].kind" ), QStringLiteral( "fields[2].numeric_source" ), QStringLiteral( "fields[2].used_for_scoring" ),
      QStringLiteral( "fields[2].scoring_weight" ), QStringLiteral( "fields[2].bin_edges" ), QStringLiteral( "fields[2].merged_into_other" ),
      QStringLiteral( "fields[2].categories" ), QStringLiteral( "fields[2].categories[1].label" ), QStringLiteral( "fields[2].categories[1].seed_n" ),
      QStringLiteral( "fields[2].categories[1].base_n" ) };
  for ( const QString &path : required )
    expectRefused( refusal( without( path ) ), { path + QStringLiteral( " is missing; it must be" ) } );
}

TEST( ProfileFile, CountWrittenAsTextIsRefused )
{
  expectRefused( refusal( with( QStringLiteral( "fields[0].categories[0].seed_n" ), QStringLiteral( "70" ) ) ),
                 { QStringLiteral( "fields[0].categories[0].seed_n is \"70\" (text); it must be a whole number from 0 to 9007199254740992" ) } );
}

TEST( ProfileFile, CountThatIsNotWholeIsRefused )
{
  expectRefused( refusal( with( QStringLiteral( "base_count" ), 1000.5 ) ), { QStringLiteral( "base_count is 1000.5; it must be a whole number from 1" ) } );
}

TEST( ProfileFile, NegativeCountIsRefused )
{
  expectRefused( refusal( with( QStringLiteral( "fields[1].categories[2].base_n" ), -500 ) ),
                 { QStringLiteral( "fields[1].categories[2].base_n is -500; it must be a whole number from 0 to" ) } );
}

TEST( ProfileFile, HugeCountIsRefusedWithoutOverflow )
{
  // Written as text: a QJsonValue cannot hold 2^63 exactly, the file can.
  QByteArray json = QJsonDocument( validJson() ).toJson();
  json.replace( "\"seed_count\": 100", "\"seed_count\": 9223372036854775808" );
  const QString message = refusal( json );
  expectRefused( message, { QStringLiteral( "seed_count is 9223372036854775808; it must be a whole number from 1 to 9007199254740992" ) } );
  EXPECT_FALSE( message.contains( QStringLiteral( "-9223372036854775808" ) ) ) << message.toStdString();
  // Just above 2^53 a JSON number no longer holds every whole number.
  expectRefused( refusal( with( QStringLiteral( "fields[3].categories[0].base_n" ), 9007199254740994.0 ) ),
                 { QStringLiteral( "fields[3].categories[0].base_n is 9007199254740994;" ) } );
}

TEST( ProfileFile, BooleanWrittenAsTextIsRefused )
{
  expectRefused( refusal( with( QStringLiteral( "fields[1].numeric_source" ), QStringLiteral( "true" ) ) ),
                 { QStringLiteral( "fields[1].numeric_source is \"true\" (text); it must be true or false" ) } );
  expectRefused( refusal( with( QStringLiteral( "fields[3].used_for_scoring" ), 0 ) ), { QStringLiteral( "fields[3].used_for_scoring is 0; it must be true or false" ) } );
}

TEST( ProfileFile, ArraysObjectsAndTextMustBeWhatTheySay )
{
  expectRefused( refusal( with( QStringLiteral( "fields" ), QJsonObject() ) ), { QStringLiteral( "fields is {}; it must be an array" ) } );
  expectRefused( refusal( with( QStringLiteral( "fields[1].categories" ), QStringLiteral( "1,2,3" ) ) ), { QStringLiteral( "fields[1].categories is \"1,2,3\" (text); it must be an array" ) } );
  expectRefused( refusal( with( QStringLiteral( "fields[1]" ), 7 ) ), { QStringLiteral( "fields[1] is 7; it must be an object" ) } );
  expectRefused( refusal( with( QStringLiteral( "fields[1].categories[0]" ), QJsonArray{ 1, 30, 200 } ) ), { QStringLiteral( "fields[1].categories[0] is [1,30,200]; it must be an object" ) } );
  expectRefused( refusal( with( QStringLiteral( "fields[0].name" ), 5 ) ), { QStringLiteral( "fields[0].name is 5; it must be text" ) } );
  expectRefused( refusal( with( QStringLiteral( "seed_expression" ), QJsonValue::Null ) ), { QStringLiteral( "seed_expression is null; it must be text" ) } );
  expectRefused( refusal( with( QStringLiteral( "fields[3].merged_into_other[1]" ), 3 ) ), { QStringLiteral( "fields[3].merged_into_other[1] is 3; it must be text" ) } );
}

TEST( ProfileFile, LongValuesAreCutInMessages )
{
  const QString longName = QString( 5000, QLatin1Char( 'x' ) );
  const QString message = refusal( with( QStringLiteral( "fields[1].categories[0].label" ), longName ) );
  expectRefused( message, { QStringLiteral( "fields[1].categories[0].label is \"xxxx" ) } );
  EXPECT_LT( message.size(), 600 ) << message.toStdString();
}

// --- fields -------------------------------------------------------------------

TEST( ProfileFile, FieldNamesAreUnique )
{
  expectRefused( refusal( with( QStringLiteral( "fields[3].name" ), QStringLiteral( "lang" ) ) ),
                 { QStringLiteral( "fields[3].name is \"lang\" (text); fields[0].name has the same name; field names must be unique" ) } );
}

TEST( ProfileFile, FieldNameIsNotEmpty )
{
  expectRefused( refusal( with( QStringLiteral( "fields[1].name" ), QString() ) ), { QStringLiteral( "fields[1].name is \"\" (text); it must be the name of a field" ) } );
}

TEST( ProfileFile, KindIsCategoricalOrBinned )
{
  expectRefused( refusal( with( QStringLiteral( "fields[1].kind" ), QStringLiteral( "ordinal" ) ) ),
                 { QStringLiteral( "fields[1].kind is \"ordinal\" (text); it must be \"categorical\" or \"binned\"" ) } );
}

TEST( ProfileFile, TextFieldCannotBeBinned )
{
  QJsonObject root = with( QStringLiteral( "fields[0].kind" ), QStringLiteral( "binned" ) );
  expectRefused( refusal( root ), { QStringLiteral( "fields[0].numeric_source is false; text cannot be binned" ) } );
  root = with( QStringLiteral( "fields[2].numeric_source" ), false );
  expectRefused( refusal( root ), { QStringLiteral( "fields[2].numeric_source is false; text cannot be binned" ) } );
}

TEST( ProfileFile, ScoringWeightIsANumberAboveZeroUpToOne )
{
  expectRefused( refusal( with( QStringLiteral( "fields[2].scoring_weight" ), QStringLiteral( "high" ) ) ),
                 { QStringLiteral( "fields[2].scoring_weight is \"high\" (text); it must be a number greater than 0 and at most 1" ) } );
  expectRefused( refusal( with( QStringLiteral( "fields[2].scoring_weight" ), 0 ) ), { QStringLiteral( "fields[2].scoring_weight is 0; it must be a number greater than 0 and at most 1" ) } );
  expectRefused( refusal( with( QStringLiteral( "fields[2].scoring_weight" ), 1.5 ) ), { QStringLiteral( "fields[2].scoring_weight is 1.5;" ) } );
  expectRefused( refusal( with( QStringLiteral( "fields[2].scoring_weight" ), -0.25 ) ), { QStringLiteral( "fields[2].scoring_weight is -0.25;" ) } );
  EXPECT_EQ( refusal( with( QStringLiteral( "fields[2].scoring_weight" ), 1 ) ), QString() );
}

TEST( ProfileFile, PriorStrengthIsAFiniteNumberOfZeroOrMore )
{
  expectRefused( refusal( with( QStringLiteral( "prior_strength" ), -1 ) ), { QStringLiteral( "prior_strength is -1; it must be a number of 0 or more" ) } );
  expectRefused( refusal( with( QStringLiteral( "prior_strength" ), QStringLiteral( "10" ) ) ), { QStringLiteral( "prior_strength is \"10\" (text); it must be a number of 0 or more" ) } );
}

TEST( ProfileFile, BinsAndMinCellAreWholeNumbers )
{
  expectRefused( refusal( with( QStringLiteral( "bins" ), 1 ) ), { QStringLiteral( "bins is 1; it must be a whole number from 2 to 2147483647" ) } );
  expectRefused( refusal( with( QStringLiteral( "min_cell" ), 0 ) ), { QStringLiteral( "min_cell is 0; it must be a whole number from 1 to 2147483647" ) } );
}

// --- categories and counts ----------------------------------------------------

TEST( ProfileFile, CategoryLabelsAreUniqueWithinAField )
{
  expectRefused( refusal( with( QStringLiteral( "fields[0].categories[1].label" ), QStringLiteral( "nl" ) ) ),
                 { QStringLiteral( "fields[0].categories[1].label is \"nl\" (text); fields[0].categories[0].label has the same label; the labels of a field must be unique" ) } );
  // The same label in another field is fine.
  EXPECT_EQ( refusal( with( QStringLiteral( "fields[3].categories[0].label" ), QStringLiteral( "nl" ) ) ), QString() );
}

TEST( ProfileFile, CategoryLabelIsNotEmpty )
{
  expectRefused( refusal( with( QStringLiteral( "fields[0].categories[1].label" ), QString() ) ), { QStringLiteral( "fields[0].categories[1].label is \"\" (text); it must not be empty" ) } );
}

TEST( ProfileFile, SeedOfACategoryDoesNotExceedItsBase )
{
  expectRefused( refusal( with( QStringLiteral( "fields[0].categories[0].seed_n" ), 500 ) ),
                 { QStringLiteral( "fields[0].categories[0].seed_n is 500; it must not exceed fields[0].categories[0].base_n (400)" ) } );
}

TEST( ProfileFile, CategoriesAddUpToTheSeedAndBaseCounts )
{
  expectRefused( refusal( with( QStringLiteral( "fields[1].categories[1].seed_n" ), 39 ) ),
                 { QStringLiteral( "the seed_n of fields[1].categories add up to 99, but seed_count is 100" ) } );
  expectRefused( refusal( with( QStringLiteral( "fields[3].categories[2].base_n" ), 301 ) ),
                 { QStringLiteral( "the base_n of fields[3].categories add up to 1001, but base_count is 1000" ) } );
  expectRefused( refusal( without( QStringLiteral( "fields[0].categories[2]" ) ) ), { QStringLiteral( "the seed_n of fields[0].categories add up to 90, but seed_count is 100" ) } );
}

TEST( ProfileFile, SeedCountDoesNotExceedBaseCount )
{
  expectRefused( refusal( with( QStringLiteral( "seed_count" ), 2000 ) ), { QStringLiteral( "seed_count is 2000; it must not exceed base_count (1000)" ) } );
}

TEST( ProfileFile, SeedCountIsAtLeastOne )
{
  expectRefused( refusal( with( QStringLiteral( "seed_count" ), 0 ) ), { QStringLiteral( "seed_count is 0; it must be a whole number from 1 to 9007199254740992" ) } );
}

// --- bins and labels ----------------------------------------------------------

TEST( ProfileFile, BinEdgesAscendStrictly )
{
  expectRefused( refusal( with( QStringLiteral( "fields[2].bin_edges" ), QJsonArray{ 50, 30, 70 } ) ),
                 { QStringLiteral( "fields[2].bin_edges[1] is 30; it must be greater than fields[2].bin_edges[0] (50): bin edges ascend strictly" ) } );
  expectRefused( refusal( with( QStringLiteral( "fields[2].bin_edges" ), QJsonArray{ 30, 30, 70 } ) ), { QStringLiteral( "fields[2].bin_edges[1] is 30;" ) } );
}

TEST( ProfileFile, BinEdgesAreNumbers )
{
  expectRefused( refusal( with( QStringLiteral( "fields[2].bin_edges[0]" ), QStringLiteral( "30" ) ) ), { QStringLiteral( "fields[2].bin_edges[0] is \"30\" (text); it must be a number" ) } );
  expectRefused( refusal( with( QStringLiteral( "fields[2].bin_edges[2]" ), QJsonValue::Null ) ), { QStringLiteral( "fields[2].bin_edges[2] is null; it must be a number" ) } );
}

TEST( ProfileFile, BinnedFieldHasAtMostBinsMinusOneEdges )
{
  expectRefused( refusal( with( QStringLiteral( "bins" ), 3 ) ), { QStringLiteral( "fields[2].bin_edges is [30,50,70]; it holds 3 edges, but bins is 3" ) } );
}

TEST( ProfileFile, CategoricalFieldHasNoBinEdges )
{
  expectRefused( refusal( with( QStringLiteral( "fields[1].bin_edges" ), QJsonArray{ 2 } ) ), { QStringLiteral( "fields[1].bin_edges is [2]; a field with kind \"categorical\" has no bin edges" ) } );
}

TEST( ProfileFile, BinnedLabelsAreBinsOfTheEdges )
{
  // "< 25" is no bin of 30 / 50 / 70: no value would ever fall in it.
  expectRefused( refusal( with( QStringLiteral( "fields[2].categories[0].label" ), QStringLiteral( "< 25" ) ) ),
                 { QStringLiteral( "fields[2].categories[0].label is \"< 25\" (text); it must be one of the bins of bin_edges (\"< 30\", \"30 to < 50\", \"50 to < 70\", \">= 70\"), \"(missing)\" or \"(other)\"" ) } );
  expectRefused( refusal( with( QStringLiteral( "fields[2].merged_into_other[0]" ), QStringLiteral( ">= 80" ) ) ), { QStringLiteral( "fields[2].merged_into_other[0] is \">= 80\" (text); it must be one of the bins" ) } );
}

TEST( ProfileFile, NumericCategoricalLabelsAreNumberKeys )
{
  expectRefused( refusal( with( QStringLiteral( "fields[1].categories[0].label" ), QStringLiteral( "one" ) ) ),
                 { QStringLiteral( "fields[1].categories[0].label is \"one\" (text); the field is numeric (numeric_source true), so it must be a number written as \"3\" or \"2.5\"" ) } );
  // "1.0" would never match: the number 1 has the key "1".
  expectRefused( refusal( with( QStringLiteral( "fields[1].categories[0].label" ), QStringLiteral( "1.0" ) ) ), { QStringLiteral( "fields[1].categories[0].label is \"1.0\" (text)" ) } );
}

TEST( ProfileFile, MergedLabelsAreDistinctFromCategoriesAndEachOther )
{
  expectRefused( refusal( with( QStringLiteral( "fields[3].merged_into_other[1]" ), QStringLiteral( "reading" ) ) ),
                 { QStringLiteral( "fields[3].merged_into_other[1] is \"reading\" (text); fields[3].categories[0].label has the same label; a value is either a category or merged into \"(other)\", not both" ) } );
  expectRefused( refusal( with( QStringLiteral( "fields[3].merged_into_other[1]" ), QStringLiteral( "gaming" ) ) ),
                 { QStringLiteral( "fields[3].merged_into_other[1] is \"gaming\" (text); fields[3].merged_into_other[0] has the same label" ) } );
}

TEST( ProfileFile, MergedLabelsNeedAnOtherCategory )
{
  expectRefused( refusal( with( QStringLiteral( "fields[0].merged_into_other" ), QJsonArray{ QStringLiteral( "de" ) } ) ),
                 { QStringLiteral( "fields[0].merged_into_other[0] is \"de\" (text); the field has no \"(other)\" category to merge it into" ) } );
}

// --- the hostile files of issue 9 ---------------------------------------------

TEST( ProfileFile, HostileFilesOfIssue9AreRefused )
{
  struct Case
  {
    const char *what;
    QJsonObject root;
    QString path;
  };
  const std::vector<Case> cases = {
      { "negative count", with( QStringLiteral( "fields[0].categories[0].base_n" ), -400 ), QStringLiteral( "fields[0].categories[0].base_n is -400" ) },
      { "seed_n above base_n", with( QStringLiteral( "fields[1].categories[0].seed_n" ), 250 ), QStringLiteral( "fields[1].categories[0].seed_n is 250" ) },
      { "count as text", with( QStringLiteral( "base_count" ), QStringLiteral( "1000" ) ), QStringLiteral( "base_count is \"1000\" (text)" ) },
      { "duplicated field", with( QStringLiteral( "fields[1]" ), validJson().value( QStringLiteral( "fields" ) ).toArray().at( 0 ) ), QStringLiteral( "fields[1].name is \"lang\"" ) },
      { "text field declared binned", with( QStringLiteral( "fields[3].kind" ), QStringLiteral( "binned" ) ), QStringLiteral( "fields[3].numeric_source is false" ) },
      { "descending bin edges", with( QStringLiteral( "fields[2].bin_edges" ), QJsonArray{ 70, 50, 30 } ), QStringLiteral( "fields[2].bin_edges[1] is 50" ) },
      { "non-numeric weight", with( QStringLiteral( "fields[0].scoring_weight" ), QStringLiteral( "1" ) ), QStringLiteral( "fields[0].scoring_weight is \"1\" (text)" ) },
      { "format_version as text", with( QStringLiteral( "format_version" ), QStringLiteral( "one" ) ), QStringLiteral( "format_version is \"one\" (text)" ) },
      { "huge count", with( QStringLiteral( "base_count" ), 1e300 ), QStringLiteral( "base_count is 1e+300" ) },
  };
  for ( const Case &hostile : cases )
  {
    SCOPED_TRACE( hostile.what );
    expectRefused( refusal( hostile.root ), { hostile.path } );
  }
}

TEST( ProfileFile, MessagesAreComposedInDutchWithTheDutchTranslation )
{
  QTranslator dutch;
  ASSERT_TRUE( dutch.load( QStringLiteral( TARGETGROUP_BINARY_DIR "/targetgroup_nl.qm" ) ) ) << "build the target targetgroup_translations";
  ASSERT_TRUE( QCoreApplication::installTranslator( &dutch ) );
  const QString wrongType = refusal( with( QStringLiteral( "fields[0].categories[0].seed_n" ), QStringLiteral( "70" ) ) );
  const QString missing = refusal( without( QStringLiteral( "fields[2].name" ) ) );
  QCoreApplication::removeTranslator( &dutch );
  EXPECT_EQ( wrongType.toStdString(), "Profiel hostile.json: fields[0].categories[0].seed_n is \"70\" (tekst); het moet een geheel getal van 0 tot en met "
                                      "9007199254740992 zijn. Maak het profiel opnieuw met 'Doelgroepprofiel maken'." );
  EXPECT_EQ( missing.toStdString(), "Profiel hostile.json: fields[2].name ontbreekt; het moet tekst zijn. Maak het profiel opnieuw met 'Doelgroepprofiel maken'." );
}

// --- the profile against the layer it scores -----------------------------------

namespace
{

//! The message refusing the layer's fields, or "" when they match.
QString layerRefusal( const QString &uri )
{
  const std::unique_ptr<QgsVectorLayer> layer = memoryLayer( uri, QStringLiteral( "households" ) );
  try
  {
    checkProfileMatchesLayer( validProfile(), kSource, layer->fields(), QStringLiteral( "INPUT" ) );
  }
  catch ( const QgsProcessingException &error )
  {
    return error.what();
  }
  return QString();
}

} // namespace

TEST( ProfileMatchesLayer, SameTypesMatch )
{
  EXPECT_EQ( layerRefusal( QStringLiteral( "Point?field=lang:string&field=hh_size:integer&field=age:double&field=hobby:string" ) ), QString() );
}

TEST( ProfileMatchesLayer, TextInTheLayerButNumericInTheProfileIsRefused )
{
  const QString message = layerRefusal( QStringLiteral( "Point?field=lang:string&field=hh_size:string&field=age:integer" ) );
  EXPECT_TRUE( message.contains( QStringLiteral( "Profile hostile.json: field “hh_size” is numeric in the profile (numeric_source true) but text in INPUT (type string)" ) ) ) << message.toStdString();
  EXPECT_TRUE( message.contains( kFix ) ) << message.toStdString();
}

TEST( ProfileMatchesLayer, NumericInTheLayerButTextInTheProfileIsRefused )
{
  const QString message = layerRefusal( QStringLiteral( "Point?field=lang:integer&field=hh_size:integer&field=age:integer" ) );
  EXPECT_TRUE( message.contains( QStringLiteral( "field “lang” is text in the profile (numeric_source false) but numeric in INPUT (type integer)" ) ) ) << message.toStdString();
}

TEST( ProfileMatchesLayer, DescriptiveAndAbsentFieldsAreNotChecked )
{
  // hobby is descriptive (not read when scoring); a missing field is the caller's to name.
  EXPECT_EQ( layerRefusal( QStringLiteral( "Point?field=lang:string&field=age:double&field=hobby:integer" ) ), QString() );
}

// --- the fuzzer seed corpus ----------------------------------------------------

TEST( ProfileFile, FuzzCorpusValidFilesAreReadAndTheOthersRefused )
{
  const QDir corpus( QStringLiteral( TARGETGROUP_SOURCE_DIR "/tests/fuzz/corpus/profile" ) );
  const QStringList files = corpus.entryList( { QStringLiteral( "*.json" ) }, QDir::Files, QDir::Name );
  ASSERT_GE( files.size(), 10 ) << corpus.path().toStdString();
  for ( const QString &name : files )
  {
    QFile file( corpus.filePath( name ) );
    ASSERT_TRUE( file.open( QIODevice::ReadOnly ) ) << name.toStdString();
    const QString message = refusal( file.readAll() );
    if ( name.startsWith( QLatin1String( "valid_" ) ) )
      EXPECT_EQ( message.toStdString(), "" ) << name.toStdString();
    else
      EXPECT_FALSE( message.isEmpty() ) << name.toStdString() << " was accepted";
  }
}
