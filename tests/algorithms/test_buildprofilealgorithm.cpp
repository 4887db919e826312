#include "buildprofilealgorithm.h"
#include "common/profilefile.h"
#include "testlayers.h"

#include <gtest/gtest.h>
#include <qgsvectordataprovider.h>

#include <cmath>
#include <limits>

#include <qgsexception.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace targetgroup;
using namespace targetgroup::test;

namespace
{

/**
 * 40 households (no geometry):
 *   education: "low" for i < 24, "high" otherwise; NULL for i = 39 (counts as "(missing)")
 *   hobby (descriptive): "tv" for even i, "<script>" for odd i
 *   easy: 1 for i < 10 and i = 30, 31 (12 seed households: 10 "low" + 2 "high")
 *   member: 1 for i < 32
 *   income: i * 1000 (40 distinct values -> quantile bins)
 */
std::unique_ptr<QgsVectorLayer> householdsLayer()
{
  auto layer = memoryLayer( QStringLiteral( "None?field=hh:integer&field=education:string&field=hobby:string&field=easy:integer&field=member:integer&field=income:double" ), QStringLiteral( "households" ) );
  for ( int i = 0; i < 40; ++i )
  {
    const QVariant education = i == 39 ? QVariant() : QVariant( i < 24 ? QStringLiteral( "low" ) : QStringLiteral( "high" ) );
    const int easy = ( i < 10 || i == 30 || i == 31 ) ? 1 : 0;
    addFeature( layer.get(), { i, education, i % 2 ? QStringLiteral( "<script>" ) : QStringLiteral( "tv" ), easy, i < 32 ? 1 : 0, i * 1000.0 } );
  }
  return layer;
}

class BuildProfileTest : public ::testing::Test
{
protected:
  void SetUp() override
  {
    layer = householdsLayer();
    ASSERT_TRUE( layer );
    ASSERT_TRUE( directory.isValid() );
  }

  QVariantMap parameters() const
  {
    QVariantMap p;
    p.insert( BuildProfileAlgorithm::INPUT, QVariant::fromValue( layer.get() ) );
    p.insert( BuildProfileAlgorithm::SEED, QStringLiteral( "\"easy\" > 0" ) );
    p.insert( BuildProfileAlgorithm::FIELDS, QStringList{ QStringLiteral( "education" ) } );
    p.insert( BuildProfileAlgorithm::MIN_CELL, 2 );
    p.insert( BuildProfileAlgorithm::OUTPUT_PROFILE, directory.filePath( QStringLiteral( "profile.json" ) ) );
    p.insert( BuildProfileAlgorithm::OUTPUT_TABLE, QgsProcessing::TEMPORARY_OUTPUT );
    return p;
  }

  AlgorithmRun run( const QVariantMap &p )
  {
    return runAlgorithm( BuildProfileAlgorithm(), p, context, feedback );
  }

  //! table rows keyed "field|category" -> feature
  QMap<QString, QgsFeature> tableRows( const AlgorithmRun &result )
  {
    QMap<QString, QgsFeature> rows;
    std::unique_ptr<QgsVectorLayer> table = takeVectorLayer( context, result.results.value( BuildProfileAlgorithm::OUTPUT_TABLE ) );
    if ( !table )
      return rows;
    QgsFeature feature;
    QgsFeatureIterator it = table->getFeatures();
    while ( it.nextFeature( feature ) )
      rows.insert( feature.attribute( QStringLiteral( "field" ) ).toString() + QLatin1Char( '|' ) + feature.attribute( QStringLiteral( "category" ) ).toString(), feature );
    return rows;
  }

  std::unique_ptr<QgsVectorLayer> layer;
  QTemporaryDir directory;
  QgsProcessingContext context;
  RecordingFeedback feedback;
};

} // namespace

TEST_F( BuildProfileTest, CountsIndicesAndTable )
{
  const AlgorithmRun result = run( parameters() );
  ASSERT_TRUE( result.ok ) << result.error.toStdString();
  EXPECT_EQ( result.results.value( BuildProfileAlgorithm::SEED_COUNT ).toLongLong(), 12 );
  EXPECT_EQ( result.results.value( BuildProfileAlgorithm::BASE_COUNT ).toLongLong(), 40 );

  // MIN_CELL 2: "(missing)" (1 base, 0 seed) is small -> (other) = 0 seed / 1 base, still small ->
  // the smaller of low (24) and high (15) joins: high. (other) = 2 seed, 16 base.
  // low: 10 of 12 seed (83.33%), 24 of 40 base (60%): index = 100 * 0.8333 / 0.6 = 138.89
  const QMap<QString, QgsFeature> rows = tableRows( result );
  ASSERT_EQ( rows.size(), 2 );
  const QgsFeature low = rows.value( QStringLiteral( "education|low" ) );
  EXPECT_EQ( low.attribute( QStringLiteral( "seed_n" ) ).toLongLong(), 10 );
  EXPECT_EQ( low.attribute( QStringLiteral( "base_n" ) ).toLongLong(), 24 );
  EXPECT_NEAR( low.attribute( QStringLiteral( "seed_pct" ) ).toDouble(), 83.3333, 1e-3 );
  EXPECT_NEAR( low.attribute( QStringLiteral( "base_pct" ) ).toDouble(), 60.0, 1e-9 );
  EXPECT_NEAR( low.attribute( QStringLiteral( "index" ) ).toDouble(), 138.8889, 1e-3 );
  // se = sqrt(1/10 - 1/12 + 1/24 - 1/40) = sqrt(0.0333333) = 0.182574;
  // low = 138.89 * exp(-1.959964 * 0.182574) = 138.89 * 0.699166 = 97.11 -> spans 100: not significant
  EXPECT_NEAR( low.attribute( QStringLiteral( "index_low" ) ).toDouble(), 97.11, 0.01 );
  EXPECT_EQ( low.attribute( QStringLiteral( "significant" ) ).toInt(), 0 );
  EXPECT_EQ( low.attribute( QStringLiteral( "used_for_scoring" ) ).toInt(), 1 );
  // 2 categories: average share 50%; 83% and index 139 -> core
  EXPECT_EQ( low.attribute( QStringLiteral( "quadrant" ) ).toString(), QStringLiteral( "core" ) );
  const QgsFeature other = rows.value( QStringLiteral( "education|(other)" ) );
  EXPECT_EQ( other.attribute( QStringLiteral( "seed_n" ) ).toLongLong(), 2 );
  EXPECT_EQ( other.attribute( QStringLiteral( "base_n" ) ).toLongLong(), 16 );

  // The JSON profile holds the same aggregate counts and no household rows.
  const engine::Profile profile = readProfileFile( result.results.value( BuildProfileAlgorithm::OUTPUT_PROFILE ).toString() );
  EXPECT_EQ( profile.seedCount, 12 );
  EXPECT_EQ( profile.baseCount, 40 );
  ASSERT_EQ( profile.fields.size(), 1u );
  EXPECT_EQ( profile.fields[0].mergedIntoOther, ( std::vector<std::string>{ "high", "(missing)" } ) );
  EXPECT_EQ( profile.seedExpression, "\"easy\" > 0" );
}

TEST_F( BuildProfileTest, SelfAssessmentAndAdjustedIndexByHand )
{
  QVariantMap p = parameters();
  p.insert( BuildProfileAlgorithm::OUTPUT_HTML, directory.filePath( QStringLiteral( "report.html" ) ) );
  const AlgorithmRun result = run( p );
  ASSERT_TRUE( result.ok ) << result.error.toStdString();
  // One field, low (10 seed, 14 other base households) and (other) (2 seed, 14 other):
  // both methods rank low above (other), in every fold, so they tie: no clear gain, the likelihood is recommended.
  // The 28 other base households: 14 low, 14 (other). A held-out low seed household has
  // 14 below and 14 tied: AUC term (14 + 7) / 28 = 0.75; an (other) one 0 below, 14 tied: 0.25.
  // AUC = (10 * 0.75 + 2 * 0.25) / 12 = 2/3. Top 10% = 2.8 households: a low one is in it for
  // 2.8 / 14 = 0.2 of the tied block: 10 * 0.2 / 12 = 1/6; top 20%: 10 * 0.4 / 12 = 1/3.
  EXPECT_NEAR( result.results.value( BuildProfileAlgorithm::SEED_AUC ).toDouble(), 2.0 / 3, 1e-12 );
  EXPECT_NEAR( result.results.value( BuildProfileAlgorithm::SEED_RECALL_TOP10 ).toDouble(), 1.0 / 6, 1e-12 );
  EXPECT_EQ( result.results.value( BuildProfileAlgorithm::RECOMMENDED_METHOD ).toInt(), 0 );
  const engine::Profile profile = readProfileFile( result.results.value( BuildProfileAlgorithm::OUTPUT_PROFILE ).toString() );
  EXPECT_EQ( profile.formatVersion, 2 );
  ASSERT_TRUE( profile.logisticModel.present );
  EXPECT_TRUE( profile.logisticModel.converged );
  EXPECT_EQ( profile.logisticModel.seedRows, 12 );
  EXPECT_EQ( profile.logisticModel.unlabelledRows, 28 );
  EXPECT_EQ( profile.selfAssessment.folds, 5 );
  EXPECT_NEAR( profile.selfAssessment.likelihood.auc, 2.0 / 3, 1e-12 );
  EXPECT_NEAR( profile.selfAssessment.puLogistic.recallTop20, 1.0 / 3, 1e-12 );
  EXPECT_EQ( profile.selfAssessment.aucDifferenceError, 0.0 ); // the same AUC term for every household
  EXPECT_EQ( profile.selfAssessment.recommended, engine::ScoringMethod::ProfileLikelihood );
  // Centred coefficients: base shares 24/40 and 16/40 weigh them to 0.
  const engine::ProfileField &education = profile.fields[0];
  EXPECT_NEAR( 0.6 * education.categories[0].coefficient + 0.4 * education.categories[1].coefficient, 0.0, 1e-12 );
  EXPECT_GT( education.categories[0].coefficient, 0 );

  // The table's adjusted odds ratio is exp(coefficient) with exp(coefficient ± 1.96 se).
  const QMap<QString, QgsFeature> rows = tableRows( result );
  const QgsFeature low = rows.value( QStringLiteral( "education|low" ) );
  const double coefficient = education.categories[0].coefficient;
  const double error = education.categories[0].coefficientError;
  EXPECT_NEAR( low.attribute( QStringLiteral( "adj_or" ) ).toDouble(), std::exp( coefficient ), 1e-9 );
  EXPECT_NEAR( low.attribute( QStringLiteral( "adj_or_low" ) ).toDouble(), std::exp( coefficient - 1.959963984540054 * error ), 1e-9 );
  EXPECT_NEAR( low.attribute( QStringLiteral( "adj_or_high" ) ).toDouble(), std::exp( coefficient + 1.959963984540054 * error ), 1e-9 );
  EXPECT_GT( low.attribute( QStringLiteral( "adj_or" ) ).toDouble(), 1.0 );

  const QString log = feedback.infos.join( QLatin1Char( '\n' ) );
  EXPECT_TRUE( log.contains( QStringLiteral( "Self-assessment (5-fold over the seed" ) ) ) << log.toStdString();
  EXPECT_TRUE( log.contains( QStringLiteral( "Recommended: profile likelihood. PU logistic did not rank the held-out seed households clearly higher" ) ) ) << log.toStdString();
  QFile html( result.results.value( BuildProfileAlgorithm::OUTPUT_HTML ).toString() );
  ASSERT_TRUE( html.open( QIODevice::ReadOnly ) );
  const QString text = QString::fromUtf8( html.readAll() );
  EXPECT_TRUE( text.contains( QStringLiteral( "How well the profile recognises the seed" ) ) );
  EXPECT_TRUE( text.contains( QStringLiteral( "Adjusted odds ratio" ) ) );
  EXPECT_TRUE( text.contains( QStringLiteral( "What this does not say" ) ) );
}

TEST_F( BuildProfileTest, ProfileFileHoldsNoHouseholdIdentifiers )
{
  QVariantMap p = parameters();
  p.insert( BuildProfileAlgorithm::FIELDS, QStringList{ QStringLiteral( "education" ), QStringLiteral( "income" ) } );
  const AlgorithmRun result = run( p );
  ASSERT_TRUE( result.ok ) << result.error.toStdString();
  QFile file( result.results.value( BuildProfileAlgorithm::OUTPUT_PROFILE ).toString() );
  ASSERT_TRUE( file.open( QIODevice::ReadOnly ) );
  const QJsonObject root = QJsonDocument::fromJson( file.readAll() ).object();
  EXPECT_EQ( root.value( QStringLiteral( "format" ) ).toString(), QStringLiteral( "targetgroup-profile" ) );
  EXPECT_EQ( root.value( QStringLiteral( "format_version" ) ).toInt(), 2 );
  const QStringList allowed{ QStringLiteral( "format" ), QStringLiteral( "format_version" ), QStringLiteral( "generator" ), QStringLiteral( "created" ),
                             QStringLiteral( "seed_expression" ), QStringLiteral( "base_expression" ), QStringLiteral( "seed_count" ), QStringLiteral( "base_count" ),
                             QStringLiteral( "bins" ), QStringLiteral( "min_cell" ), QStringLiteral( "prior_strength" ), QStringLiteral( "fields" ),
                             QStringLiteral( "logistic_model" ), QStringLiteral( "self_assessment" ) };
  for ( const QString &key : root.keys() )
    EXPECT_TRUE( allowed.contains( key ) ) << key.toStdString();
  // every category count is an aggregate of at least MIN_CELL households (or a seed count of 0)
  int categories = 0;
  for ( const QJsonValue &field : root.value( QStringLiteral( "fields" ) ).toArray() )
  {
    for ( const QJsonValue &category : field.toObject().value( QStringLiteral( "categories" ) ).toArray() )
    {
      const int seedCount = category.toObject().value( QStringLiteral( "seed_n" ) ).toInt();
      EXPECT_TRUE( seedCount == 0 || seedCount >= 2 ) << seedCount;
      EXPECT_GE( category.toObject().value( QStringLiteral( "base_n" ) ).toInt(), 2 );
      ++categories;
    }
  }
  EXPECT_GT( categories, 2 );
}

TEST_F( BuildProfileTest, BaseExpressionRestrictsTheComparison )
{
  // Members only (i < 32): base 32; seed 12 (all seed households are members).
  // low: 10 of 12 seed, 24 of 32 base: index = 100 * (10/12) / (24/32) = 111.11
  QVariantMap p = parameters();
  p.insert( BuildProfileAlgorithm::BASE, QStringLiteral( "\"member\" = 1" ) );
  const AlgorithmRun result = run( p );
  ASSERT_TRUE( result.ok ) << result.error.toStdString();
  EXPECT_EQ( result.results.value( BuildProfileAlgorithm::BASE_COUNT ).toLongLong(), 32 );
  const QMap<QString, QgsFeature> rows = tableRows( result );
  EXPECT_NEAR( rows.value( QStringLiteral( "education|low" ) ).attribute( QStringLiteral( "index" ) ).toDouble(), 1000.0 / 9.0, 1e-9 );
}

TEST_F( BuildProfileTest, SeedOutsideBaseIsAnError )
{
  QVariantMap p = parameters();
  p.insert( BuildProfileAlgorithm::BASE, QStringLiteral( "\"hh\" >= 5" ) ); // seed households 0..4 fall outside
  const AlgorithmRun result = run( p );
  ASSERT_FALSE( result.ok );
  EXPECT_TRUE( result.error.contains( QStringLiteral( "5 seed households" ) ) ) << result.error.toStdString();
  EXPECT_TRUE( result.error.contains( QStringLiteral( "\"hh\" >= 5" ) ) ) << result.error.toStdString();
}

TEST_F( BuildProfileTest, EmptySeedIsAnErrorNamingTheExpression )
{
  QVariantMap p = parameters();
  p.insert( BuildProfileAlgorithm::SEED, QStringLiteral( "\"easy\" > 5" ) );
  const AlgorithmRun result = run( p );
  ASSERT_FALSE( result.ok );
  EXPECT_TRUE( result.error.contains( QStringLiteral( "No seed households" ) ) ) << result.error.toStdString();
  EXPECT_TRUE( result.error.contains( QStringLiteral( "\"easy\" > 5" ) ) );
}

TEST_F( BuildProfileTest, SeedBelowMinCellIsAnError )
{
  QVariantMap p = parameters();
  p.insert( BuildProfileAlgorithm::MIN_CELL, 13 ); // 12 seed households
  const AlgorithmRun result = run( p );
  ASSERT_FALSE( result.ok );
  EXPECT_TRUE( result.error.contains( QStringLiteral( "The seed has 12 households" ) ) ) << result.error.toStdString();
  EXPECT_TRUE( result.error.contains( QStringLiteral( "MIN_CELL = 13" ) ) ) << result.error.toStdString();
}

TEST_F( BuildProfileTest, UnknownFieldIsAnErrorNamingFieldAndLayer )
{
  QVariantMap p = parameters();
  p.insert( BuildProfileAlgorithm::FIELDS, QStringList{ QStringLiteral( "educaton" ) } );
  const AlgorithmRun result = run( p );
  ASSERT_FALSE( result.ok );
  EXPECT_TRUE( result.error.contains( QStringLiteral( "'educaton'" ) ) ) << result.error.toStdString();
  EXPECT_TRUE( result.error.contains( QStringLiteral( "households" ) ) );
}

TEST_F( BuildProfileTest, UnknownDescriptiveFieldIsAnError )
{
  QVariantMap p = parameters();
  p.insert( BuildProfileAlgorithm::DESCRIPTIVE_FIELDS, QStringList{ QStringLiteral( "nope" ) } );
  const AlgorithmRun result = run( p );
  ASSERT_FALSE( result.ok );
  EXPECT_TRUE( result.error.contains( QStringLiteral( "'nope'" ) ) ) << result.error.toStdString();
}

TEST_F( BuildProfileTest, NoProfileFieldsIsAnError )
{
  QVariantMap p = parameters();
  p.insert( BuildProfileAlgorithm::FIELDS, QStringList() );
  const AlgorithmRun result = run( p );
  ASSERT_FALSE( result.ok );
  EXPECT_TRUE( result.error.contains( QStringLiteral( "FIELDS" ) ) ) << result.error.toStdString();
}

TEST_F( BuildProfileTest, UnparsableExpressionIsAnError )
{
  QVariantMap p = parameters();
  p.insert( BuildProfileAlgorithm::SEED, QStringLiteral( "\"easy\" >" ) );
  const AlgorithmRun result = run( p );
  ASSERT_FALSE( result.ok );
  EXPECT_TRUE( result.error.contains( QStringLiteral( "SEED" ) ) ) << result.error.toStdString();
}

TEST_F( BuildProfileTest, IdentifierFieldIsRejected )
{
  auto ids = memoryLayer( QStringLiteral( "None?field=code:string&field=easy:integer" ), QStringLiteral( "ids" ) );
  for ( int i = 0; i < 250; ++i )
    addFeature( ids.get(), { QStringLiteral( "H%1" ).arg( i ), i < 20 ? 1 : 0 } );
  QVariantMap p = parameters();
  p.insert( BuildProfileAlgorithm::INPUT, QVariant::fromValue( ids.get() ) );
  p.insert( BuildProfileAlgorithm::FIELDS, QStringList{ QStringLiteral( "code" ) } );
  const AlgorithmRun result = run( p );
  ASSERT_FALSE( result.ok );
  EXPECT_TRUE( result.error.contains( QStringLiteral( "'code'" ) ) ) << result.error.toStdString();
  EXPECT_TRUE( result.error.contains( QStringLiteral( "identifier" ) ) );
}

TEST_F( BuildProfileTest, SmallSeedWarnsWithTheWidestInterval )
{
  const AlgorithmRun result = run( parameters() );
  ASSERT_TRUE( result.ok ) << result.error.toStdString();
  ASSERT_FALSE( feedback.warnings.isEmpty() );
  EXPECT_TRUE( feedback.warnings.join( QLatin1Char( '\n' ) ).contains( QStringLiteral( "only 12 households" ) ) );
  EXPECT_TRUE( feedback.warnings.join( QLatin1Char( '\n' ) ).contains( QStringLiteral( "widest interval" ) ) );
}

TEST_F( BuildProfileTest, BinsParameterSetsQuantileEdges )
{
  QVariantMap p = parameters();
  p.insert( BuildProfileAlgorithm::FIELDS, QStringList{ QStringLiteral( "income" ) } );
  p.insert( BuildProfileAlgorithm::BINS, 4 );
  p.insert( BuildProfileAlgorithm::MIN_CELL, 1 );
  const AlgorithmRun result = run( p );
  ASSERT_TRUE( result.ok ) << result.error.toStdString();
  const engine::Profile profile = readProfileFile( result.results.value( BuildProfileAlgorithm::OUTPUT_PROFILE ).toString() );
  // 40 values 0..39000, 4 bins: sorted positions 10, 20, 30 -> 10000, 20000, 30000
  EXPECT_EQ( profile.fields[0].binEdges, ( std::vector<double>{ 10000, 20000, 30000 } ) );
  EXPECT_EQ( profile.bins, 4 );
}

TEST_F( BuildProfileTest, MinCellParameterControlsMerging )
{
  QVariantMap p = parameters();
  p.insert( BuildProfileAlgorithm::MIN_CELL, 3 );
  // (missing) 0 seed -> other; still small -> high (2 seed) joins -> other 2 seed < 3 -> low joins too.
  const AlgorithmRun result = run( p );
  ASSERT_TRUE( result.ok ) << result.error.toStdString();
  const QMap<QString, QgsFeature> rows = tableRows( result );
  ASSERT_EQ( rows.size(), 1 );
  EXPECT_EQ( rows.firstKey(), QStringLiteral( "education|(other)" ) );
}

TEST_F( BuildProfileTest, DescriptiveFieldsAndHtmlReportEscapesText )
{
  QVariantMap p = parameters();
  p.insert( BuildProfileAlgorithm::DESCRIPTIVE_FIELDS, QStringList{ QStringLiteral( "hobby" ) } );
  p.insert( BuildProfileAlgorithm::OUTPUT_HTML, directory.filePath( QStringLiteral( "report.html" ) ) );
  const AlgorithmRun result = run( p );
  ASSERT_TRUE( result.ok ) << result.error.toStdString();
  const QMap<QString, QgsFeature> rows = tableRows( result );
  ASSERT_TRUE( rows.contains( QStringLiteral( "hobby|<script>" ) ) );
  EXPECT_EQ( rows.value( QStringLiteral( "hobby|<script>" ) ).attribute( QStringLiteral( "used_for_scoring" ) ).toInt(), 0 );
  QFile html( result.results.value( BuildProfileAlgorithm::OUTPUT_HTML ).toString() );
  ASSERT_TRUE( html.open( QIODevice::ReadOnly ) );
  const QString text = QString::fromUtf8( html.readAll() );
  EXPECT_FALSE( text.contains( QStringLiteral( "<script>" ) ) );
  EXPECT_TRUE( text.contains( QStringLiteral( "&lt;script&gt;" ) ) );
  EXPECT_TRUE( text.contains( QStringLiteral( "Soft characteristics" ) ) );
  EXPECT_TRUE( text.contains( QStringLiteral( "<svg" ) ) );
}

TEST_F( BuildProfileTest, ExpressionsUsingEveryAttributeWork )
{
  // attributes() references all columns: the request must not drop any
  QVariantMap p = parameters();
  p.insert( BuildProfileAlgorithm::SEED, QStringLiteral( "map_get( attributes(), 'easy' ) > 0" ) );
  const AlgorithmRun result = run( p );
  ASSERT_TRUE( result.ok ) << result.error.toStdString();
  EXPECT_EQ( result.results.value( BuildProfileAlgorithm::SEED_COUNT ).toLongLong(), 12 );
}

TEST_F( BuildProfileTest, WorksOnPointLayers )
{
  auto points = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=education:string&field=easy:integer" ), QStringLiteral( "points" ) );
  for ( int i = 0; i < 30; ++i )
    addFeature( points.get(), { i % 3 ? QStringLiteral( "a" ) : QStringLiteral( "b" ), i < 15 ? 1 : 0 }, QStringLiteral( "Point (%1 450000)" ).arg( 150000 + i ) );
  QVariantMap p = parameters();
  p.insert( BuildProfileAlgorithm::INPUT, QVariant::fromValue( points.get() ) );
  const AlgorithmRun result = run( p );
  ASSERT_TRUE( result.ok ) << result.error.toStdString();
  EXPECT_EQ( result.results.value( BuildProfileAlgorithm::SEED_COUNT ).toLongLong(), 15 );
}

TEST_F( BuildProfileTest, SeedThatCoversTheBaseIsAnError )
{
  QVariantMap p = parameters();
  p.insert( BuildProfileAlgorithm::SEED, QStringLiteral( "\"member\" = 1" ) );
  p.insert( BuildProfileAlgorithm::BASE, QStringLiteral( "\"member\" = 1" ) );
  const AlgorithmRun result = run( p );
  ASSERT_FALSE( result.ok );
  EXPECT_TRUE( result.error.contains( QStringLiteral( "selects all 32 households of the comparison base" ) ) ) << result.error.toStdString();
}

TEST_F( BuildProfileTest, NonFiniteNumbersAreMissingAndReported )
{
  // Households 0 and 1 get +inf and NaN incomes: read as "(missing)", and said.
  const int incomeIndex = layer->fields().lookupField( QStringLiteral( "income" ) );
  ASSERT_TRUE( layer->dataProvider()->changeAttributeValues( { { 1, { { incomeIndex, std::numeric_limits<double>::infinity() } } },
                                                               { 2, { { incomeIndex, std::numeric_limits<double>::quiet_NaN() } } } } ) );
  QVariantMap p = parameters();
  p.insert( BuildProfileAlgorithm::FIELDS, QStringList{ QStringLiteral( "education" ), QStringLiteral( "income" ) } );
  const AlgorithmRun result = run( p );
  ASSERT_TRUE( result.ok ) << result.error.toStdString();
  EXPECT_FALSE( feedback.warnings.filter( QStringLiteral( "Field 'income' of layer 'households' holds 2 values that are not finite numbers" ) ).isEmpty() ) << feedback.warnings.join( QLatin1Char( '\n' ) ).toStdString();
}
