// The scoring set-up shared by scorehouseholds and the fused mode of
// aggregateareas: the same parameters, the same method rule, the same checks.

#include "aggregateareasalgorithm.h"
#include "common/householdscoring.h"
#include "common/profilefile.h"
#include "common/qgiscompat.h"
#include "scorehouseholdsalgorithm.h"
#include "testlayers.h"

#include <gtest/gtest.h>

#include <qgsprocessingcontext.h>
#include <qgsprocessingparameters.h>

#include <QTemporaryDir>

using namespace targetgroup;
using namespace targetgroup::test;

namespace
{

const QStringList kScoringIds{ QStringLiteral( "PROFILE" ), QStringLiteral( "PREVALENCE" ), QStringLiteral( "METHOD" ), QStringLiteral( "PREVALENCE_AREAS" ), QStringLiteral( "PREVALENCE_FIELD" ), QStringLiteral( "FIT_SLOPE" ) };

} // namespace

TEST( HouseholdScoring, ParametersAreTheSameInBothAlgorithms )
{
  const std::vector<std::unique_ptr<QgsProcessingParameterDefinition>> required = householdScoringParameters( false );
  const std::vector<std::unique_ptr<QgsProcessingParameterDefinition>> optional = householdScoringParameters( true );
  ASSERT_EQ( required.size(), 6u );
  ASSERT_EQ( optional.size(), 6u );
  const std::unique_ptr<QgsProcessingAlgorithm> score( ScoreHouseholdsAlgorithm().create() );
  const std::unique_ptr<QgsProcessingAlgorithm> aggregate( AggregateAreasAlgorithm().create() );
  for ( std::size_t index = 0; index < required.size(); ++index )
  {
    const QString id = kScoringIds.at( static_cast<int>( index ) );
    EXPECT_EQ( required[index]->name(), id );
    EXPECT_EQ( optional[index]->name(), id );
    EXPECT_EQ( required[index]->description(), optional[index]->description() ) << id.toStdString();
    EXPECT_EQ( required[index]->defaultValue(), optional[index]->defaultValue() ) << id.toStdString();
    // Each algorithm has them with the same label and default.
    for ( const QgsProcessingAlgorithm *algorithm : { score.get(), aggregate.get() } )
    {
      const QgsProcessingParameterDefinition *own = algorithm->parameterDefinition( id );
      ASSERT_TRUE( own ) << algorithm->name().toStdString() << " " << id.toStdString();
      EXPECT_EQ( own->description(), required[index]->description() ) << id.toStdString();
      EXPECT_EQ( own->defaultValue(), required[index]->defaultValue() ) << id.toStdString();
      EXPECT_EQ( own->type(), required[index]->type() ) << id.toStdString();
    }
  }
  // Scoring needs a profile; the aggregation scores only when one is given.
  EXPECT_FALSE( required[0]->flags() & compat::ParameterOptional );
  EXPECT_TRUE( optional[0]->flags() & compat::ParameterOptional );
  EXPECT_TRUE( aggregate->parameterDefinition( QStringLiteral( "PROFILE" ) )->flags() & compat::ParameterOptional );
  EXPECT_FALSE( score->parameterDefinition( QStringLiteral( "PROFILE" ) )->flags() & compat::ParameterOptional );
  EXPECT_DOUBLE_EQ( required[1]->defaultValue().toDouble(), HouseholdScoringSetup::kDefaultPrevalence );
  EXPECT_EQ( required[2]->defaultValue().toInt(), HouseholdScoringSetup::kMethodAsRecommended );
  EXPECT_TRUE( required[5]->defaultValue().toBool() );
  // The order of the six in scorehouseholds is as before (after INPUT).
  QStringList order;
  for ( const QgsProcessingParameterDefinition *definition : score->parameterDefinitions() )
    order << definition->name();
  EXPECT_EQ( order.mid( 1, 6 ), kScoringIds );
}

TEST( HouseholdScoring, MethodAsRecommendedFollowsTheSelfAssessment )
{
  engine::Profile profile = educationProfile();
  EXPECT_EQ( HouseholdScoringSetup::resolveMethod( HouseholdScoringSetup::kMethodAsRecommended, profile ), engine::ScoringMethod::ProfileLikelihood );
  EXPECT_EQ( HouseholdScoringSetup::resolveMethod( 1, profile ), engine::ScoringMethod::CentralProfileSimilarity );
  profile.selfAssessment.folds = 5;
  profile.selfAssessment.recommended = engine::ScoringMethod::PuLogistic;
  // Recommended but absent: the profile likelihood.
  EXPECT_EQ( HouseholdScoringSetup::resolveMethod( HouseholdScoringSetup::kMethodAsRecommended, profile ), engine::ScoringMethod::ProfileLikelihood );
  profile.logisticModel.present = true;
  EXPECT_EQ( HouseholdScoringSetup::resolveMethod( HouseholdScoringSetup::kMethodAsRecommended, profile ), engine::ScoringMethod::PuLogistic );
}

TEST( HouseholdScoring, ReadsTheProfileAndFindsItsFields )
{
  QTemporaryDir directory;
  const QString path = directory.filePath( QStringLiteral( "profile.json" ) );
  writeProfileFile( educationProfile(), path );
  const std::unique_ptr<QgsProcessingAlgorithm> aggregate( AggregateAreasAlgorithm().create() );
  QgsProcessingContext context;

  HouseholdScoringSetup setup;
  EXPECT_FALSE( HouseholdScoringSetup::profileGiven( *aggregate, {}, context ) );
  EXPECT_TRUE( HouseholdScoringSetup::profileGiven( *aggregate, { { QStringLiteral( "PROFILE" ), path } }, context ) );
  try
  {
    setup.readProfile( *aggregate, {}, context );
    ADD_FAILURE() << "no profile";
  }
  catch ( const QgsProcessingException &error )
  {
    EXPECT_TRUE( error.what().contains( QStringLiteral( "No profile given" ) ) ) << error.what().toStdString();
  }

  setup.readProfile( *aggregate, { { QStringLiteral( "PROFILE" ), path }, { QStringLiteral( "PREVALENCE" ), 0.2 }, { QStringLiteral( "METHOD" ), 0 } }, context );
  EXPECT_EQ( setup.fieldNames(), QStringList{ QStringLiteral( "education" ) } );
  EXPECT_DOUBLE_EQ( setup.prevalence(), 0.2 );
  EXPECT_EQ( setup.method(), engine::ScoringMethod::ProfileLikelihood );
  EXPECT_FALSE( setup.usesAreas() );

  auto layer = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=id:integer&field=education:string" ) );
  setup.matchInputFields( layer->fields() );
  EXPECT_EQ( setup.inputFieldIndexes(), QList<int>{ 1 } );
  QgsAttributes attributes;
  attributes << 7 << QStringLiteral( "low" );
  const std::vector<engine::FieldValue> values = setup.householdValues( attributes );
  ASSERT_EQ( values.size(), 1u );
  EXPECT_FALSE( values[0].isMissing() );
  QgsFeature household;
  EXPECT_EQ( setup.calibrationGroupOf( household ), engine::ScoringSession::kOutsideEveryGroup );

  // A layer without the field.
  auto other = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=id:integer" ) );
  try
  {
    setup.matchInputFields( other->fields() );
    ADD_FAILURE() << "missing field";
  }
  catch ( const QgsProcessingException &error )
  {
    EXPECT_TRUE( error.what().contains( QStringLiteral( "INPUT has no field education" ) ) ) << error.what().toStdString();
  }

  // METHOD 2 without a model.
  try
  {
    setup.readProfile( *aggregate, { { QStringLiteral( "PROFILE" ), path }, { QStringLiteral( "METHOD" ), 2 } }, context );
    ADD_FAILURE() << "METHOD 2";
  }
  catch ( const QgsProcessingException &error )
  {
    EXPECT_TRUE( error.what().contains( QStringLiteral( "METHOD 2" ) ) ) << error.what().toStdString();
  }
}

TEST( HouseholdScoring, UnseenValuesAreNamedOnceAndCapped )
{
  QTemporaryDir directory;
  const QString path = directory.filePath( QStringLiteral( "profile.json" ) );
  writeProfileFile( educationProfile(), path );
  const std::unique_ptr<QgsProcessingAlgorithm> aggregate( AggregateAreasAlgorithm().create() );
  QgsProcessingContext context;
  HouseholdScoringSetup setup;
  setup.readProfile( *aggregate, { { QStringLiteral( "PROFILE" ), path } }, context );
  auto layer = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=education:string" ) );
  setup.matchInputFields( layer->fields() );
  RecordingFeedback feedback;
  for ( int value = 0; value < HouseholdScoringSetup::kMaxUnseenWarnings + 5; ++value )
  {
    QgsAttributes attributes;
    attributes << QStringLiteral( "v%1" ).arg( value );
    setup.recordUnseen( attributes, { 0 }, &feedback );
    setup.recordUnseen( attributes, { 0 }, &feedback ); // the same pair again: not repeated
  }
  EXPECT_EQ( feedback.warnings.size(), HouseholdScoringSetup::kMaxUnseenWarnings );
  setup.reportUnseenNotListed( &feedback );
  ASSERT_EQ( feedback.warnings.size(), HouseholdScoringSetup::kMaxUnseenWarnings + 1 );
  // Counted per occurrence past the cap, as scorehouseholds always did: 5 values, each met twice.
  EXPECT_TRUE( feedback.warnings.last().contains( QStringLiteral( "10 more" ) ) ) << feedback.warnings.last().toStdString();
}
