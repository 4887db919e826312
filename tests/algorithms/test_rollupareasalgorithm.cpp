#include "common/outputschema.h"
#include "rollupareasalgorithm.h"

#include "aggregateareasalgorithm.h"
#include "testlayers.h"

#include <gtest/gtest.h>
#include <qgsvectordataprovider.h>

#include <qgsgeometry.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QMap>
#include <cstdint>

using namespace targetgroup;
using namespace targetgroup::test;

namespace
{

const QString kHouseholdsUri = QStringLiteral( "Point?crs=EPSG:28992&field=tg_prob:double&field=tg_ref:integer&field=is_member:integer" );

QString square( double minX, double minY, double maxX, double maxY )
{
  return QStringLiteral( "POLYGON((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))" ).arg( minX ).arg( minY ).arg( maxX ).arg( maxY );
}

struct Sequence
{
  std::uint64_t state = 77;
  double next()
  {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<double>( state >> 11 ) / 9007199254740992.0;
  }
};

struct Run
{
  AlgorithmRun run;
  RecordingFeedback feedback;
  std::unique_ptr<QgsVectorLayer> output;
  QMap<QString, QgsFeature> byCode;
};

std::unique_ptr<Run> runWith( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters )
{
  auto result = std::make_unique<Run>();
  QgsProcessingContext context;
  context.setProject( QgsProject::instance() );
  QVariantMap withOutput = parameters;
  withOutput.insert( QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT );
  result->run = runAlgorithm( algorithm, withOutput, context, result->feedback );
  if ( result->run.ok )
  {
    result->output = takeVectorLayer( context, result->run.results.value( QStringLiteral( "OUTPUT" ) ) );
    QgsFeature feature;
    QgsFeatureIterator it = result->output->getFeatures();
    while ( it.nextFeature( feature ) )
      result->byCode.insert( feature.attribute( QStringLiteral( "statcode" ) ).toString(), feature );
  }
  return result;
}

//! Four wijken in two gemeenten, and a third gemeente without wijken.
struct Hierarchy
{
  std::unique_ptr<QgsVectorLayer> wijken = memoryLayer( QStringLiteral( "Polygon?crs=EPSG:28992&field=statcode:string&field=statnaam:string" ), QStringLiteral( "wijk" ) );
  std::unique_ptr<QgsVectorLayer> gemeenten = memoryLayer( QStringLiteral( "Polygon?crs=EPSG:28992&field=statcode:string" ), QStringLiteral( "gemeente" ) );
  std::unique_ptr<QgsVectorLayer> households = memoryLayer( kHouseholdsUri, QStringLiteral( "households" ) );

  Hierarchy()
  {
    addFeature( gemeenten.get(), { QStringLiteral( "GM0001" ) }, square( 0, 0, 200, 100 ) );
    addFeature( gemeenten.get(), { QStringLiteral( "GM0002" ) }, square( 0, 100, 200, 200 ) );
    addFeature( gemeenten.get(), { QStringLiteral( "GM0003" ) }, square( 300, 0, 400, 100 ) );
    addFeature( wijken.get(), { QStringLiteral( "WK000101" ), QStringLiteral( "a" ) }, square( 0, 0, 100, 100 ) );
    addFeature( wijken.get(), { QStringLiteral( "WK000102" ), QStringLiteral( "b" ) }, square( 100, 0, 200, 100 ) );
    addFeature( wijken.get(), { QStringLiteral( "WK000201" ), QStringLiteral( "c" ) }, square( 0, 100, 100, 200 ) );
    addFeature( wijken.get(), { QStringLiteral( "WK000202" ), QStringLiteral( "d" ) }, square( 100, 100, 200, 200 ) );
    Sequence sequence;
    auto add = [&]( double x, double y )
    {
      addFeature( households.get(), { sequence.next(), sequence.next() < 0.2 ? 1 : 0, sequence.next() < 0.3 ? 1 : 0 }, QStringLiteral( "POINT(%1 %2)" ).arg( x, 0, 'g', 17 ).arg( y, 0, 'g', 17 ) );
    };
    for ( int i = 0; i < 300; ++i ) // GM0001: many
      add( 200 * sequence.next(), 100 * sequence.next() );
    for ( int i = 0; i < 6; ++i ) // GM0002: six, suppressed at MIN_COUNT 10
      add( 200 * sequence.next(), 100 + 100 * sequence.next() );
    add( 100, 50 );  // wijk boundary inside GM0001
    add( 50, 100 );  // on the gemeente boundary: first in either layer's order (WK000101, GM0001)
    add( 250, 50 );  // outside every area
    add( 100, 100 ); // the corner shared by all four wijken
  }
};

QVariantMap aggregateParameters( QgsVectorLayer *households, QgsVectorLayer *areas, int minimumCount )
{
  return { { AggregateAreasAlgorithm::INPUT, QVariant::fromValue( households ) },
           { AggregateAreasAlgorithm::AREAS, QVariant::fromValue( areas ) },
           { AggregateAreasAlgorithm::MIN_COUNT, minimumCount },
           { AggregateAreasAlgorithm::MEMBER, QStringLiteral( "\"is_member\" = 1" ) } };
}

QVariantMap rollupParameters( QgsVectorLayer *fine, QgsVectorLayer *coarse, RollupAreasAlgorithm::JoinMethod method, int minimumCount = 10 )
{
  return { { RollupAreasAlgorithm::INPUT, QVariant::fromValue( fine ) },
           { RollupAreasAlgorithm::AREAS, QVariant::fromValue( coarse ) },
           { RollupAreasAlgorithm::JOIN_METHOD, static_cast<int>( method ) },
           { RollupAreasAlgorithm::MIN_COUNT, minimumCount } };
}

void expectSameFigures( const QgsFeature &rolledUp, const QgsFeature &direct, const QString &code )
{
  const QgsFields added = schema::areaFigureQgsFields();
  for ( const QgsField &field : added )
  {
    const QVariant ours = rolledUp.attribute( field.name() );
    const QVariant expected = direct.attribute( field.name() );
    ASSERT_EQ( ours.isNull(), expected.isNull() ) << code.toStdString() << " " << field.name().toStdString();
    if ( !expected.isNull() )
    {
      EXPECT_NEAR( ours.toDouble(), expected.toDouble(), 1e-9 ) << code.toStdString() << " " << field.name().toStdString();
    }
  }
}

} // namespace

TEST( RollupAreasAlgorithm, RollupEqualsDirectAggregation )
{
  Hierarchy data;
  auto direct = runWith( AggregateAreasAlgorithm(), aggregateParameters( data.households.get(), data.gemeenten.get(), 10 ) );
  auto fine = runWith( AggregateAreasAlgorithm(), aggregateParameters( data.households.get(), data.wijken.get(), 0 ) );
  ASSERT_TRUE( direct->run.ok && fine->run.ok ) << direct->run.error.toStdString() << fine->run.error.toStdString();
  // The same households matched at both levels.
  EXPECT_EQ( direct->run.results.value( AggregateAreasAlgorithm::MATCHED ), fine->run.results.value( AggregateAreasAlgorithm::MATCHED ) );

  for ( const auto method : { RollupAreasAlgorithm::JoinByCode, RollupAreasAlgorithm::JoinSpatially } )
  {
    auto rolledUp = runWith( RollupAreasAlgorithm(), rollupParameters( fine->output.get(), data.gemeenten.get(), method ) );
    ASSERT_TRUE( rolledUp->run.ok ) << rolledUp->run.error.toStdString();
    EXPECT_EQ( rolledUp->run.results.value( RollupAreasAlgorithm::MATCHED ).toLongLong(), 4 );
    EXPECT_EQ( rolledUp->run.results.value( RollupAreasAlgorithm::UNMATCHED ).toLongLong(), 0 );
    ASSERT_EQ( rolledUp->byCode.size(), 3 );
    for ( const QString &code : { QStringLiteral( "GM0001" ), QStringLiteral( "GM0002" ), QStringLiteral( "GM0003" ) } )
      expectSameFigures( rolledUp->byCode.value( code ), direct->byCode.value( code ), code );
    // Not a vacuous comparison: GM0001 has figures, GM0002 (6 + boundary households) and the empty GM0003 are suppressed.
    EXPECT_EQ( rolledUp->byCode.value( QStringLiteral( "GM0001" ) ).attribute( QStringLiteral( "suppressed" ) ).toInt(), 0 );
    EXPECT_GT( rolledUp->byCode.value( QStringLiteral( "GM0001" ) ).attribute( QStringLiteral( "mem_total" ) ).toLongLong(), 50 );
    EXPECT_EQ( rolledUp->byCode.value( QStringLiteral( "GM0002" ) ).attribute( QStringLiteral( "suppressed" ) ).toInt(), 1 );
    EXPECT_EQ( rolledUp->byCode.value( QStringLiteral( "GM0003" ) ).attribute( QStringLiteral( "hh_total" ) ).toLongLong(), 0 );
    // The coarse areas keep their geometry.
    EXPECT_TRUE( rolledUp->byCode.value( QStringLiteral( "GM0002" ) ).geometry().equals( QgsGeometry::fromWkt( square( 0, 100, 200, 200 ) ) ) );
  }

  // Rolling the fine layer up to itself publishes it with suppression: equal to aggregating with MIN_COUNT 10.
  auto fineDirect = runWith( AggregateAreasAlgorithm(), aggregateParameters( data.households.get(), data.wijken.get(), 10 ) );
  auto fineRolled = runWith( RollupAreasAlgorithm(), rollupParameters( fine->output.get(), data.wijken.get(), RollupAreasAlgorithm::JoinByCode ) );
  ASSERT_TRUE( fineDirect->run.ok && fineRolled->run.ok ) << fineRolled->run.error.toStdString();
  for ( const QString &code : fineDirect->byCode.keys() )
    expectSameFigures( fineRolled->byCode.value( code ), fineDirect->byCode.value( code ), code );
}

TEST( RollupAreasAlgorithm, RollupWithoutMembershipKeepsMembershipNull )
{
  Hierarchy data;
  QVariantMap parameters = aggregateParameters( data.households.get(), data.wijken.get(), 0 );
  parameters.remove( AggregateAreasAlgorithm::MEMBER );
  auto fine = runWith( AggregateAreasAlgorithm(), parameters );
  ASSERT_TRUE( fine->run.ok );
  auto rolledUp = runWith( RollupAreasAlgorithm(), rollupParameters( fine->output.get(), data.gemeenten.get(), RollupAreasAlgorithm::JoinByCode ) );
  ASSERT_TRUE( rolledUp->run.ok ) << rolledUp->run.error.toStdString();
  const QgsFeature gemeente = rolledUp->byCode.value( QStringLiteral( "GM0001" ) );
  EXPECT_FALSE( gemeente.attribute( QStringLiteral( "tg_expected" ) ).isNull() );
  EXPECT_TRUE( gemeente.attribute( QStringLiteral( "mem_total" ) ).isNull() );
  EXPECT_TRUE( gemeente.attribute( QStringLiteral( "tg_reach" ) ).isNull() );
}

TEST( RollupAreasAlgorithm, UnmatchedFineAreasAreCountedAndReported )
{
  Hierarchy data;
  addFeature( data.wijken.get(), { QStringLiteral( "WK000901" ), QStringLiteral( "elsewhere" ) }, square( 1000, 1000, 1100, 1100 ) );
  addFeature( data.households.get(), { 0.5, 0, 0 }, QStringLiteral( "POINT(1050 1050)" ) );
  addFeature( data.households.get(), { 0.5, 0, 0 }, QStringLiteral( "POINT(1060 1050)" ) );
  auto fine = runWith( AggregateAreasAlgorithm(), aggregateParameters( data.households.get(), data.wijken.get(), 0 ) );
  ASSERT_TRUE( fine->run.ok );
  for ( const auto method : { RollupAreasAlgorithm::JoinByCode, RollupAreasAlgorithm::JoinSpatially } )
  {
    auto rolledUp = runWith( RollupAreasAlgorithm(), rollupParameters( fine->output.get(), data.gemeenten.get(), method ) );
    ASSERT_TRUE( rolledUp->run.ok ) << rolledUp->run.error.toStdString();
    EXPECT_EQ( rolledUp->run.results.value( RollupAreasAlgorithm::MATCHED ).toLongLong(), 4 );
    EXPECT_EQ( rolledUp->run.results.value( RollupAreasAlgorithm::UNMATCHED ).toLongLong(), 1 );
    EXPECT_EQ( rolledUp->run.results.value( RollupAreasAlgorithm::UNMATCHED_HOUSEHOLDS ).toLongLong(), 2 );
    EXPECT_TRUE( rolledUp->feedback.warnings.join( QLatin1Char( '\n' ) ).contains( QStringLiteral( "WK000901" ) ) ) << rolledUp->feedback.warnings.join( QLatin1Char( '\n' ) ).toStdString();
  }
}

TEST( RollupAreasAlgorithm, SuppressedFineAreasAreRefused )
{
  Hierarchy data;
  auto published = runWith( AggregateAreasAlgorithm(), aggregateParameters( data.households.get(), data.wijken.get(), 10 ) );
  ASSERT_TRUE( published->run.ok );
  auto rolledUp = runWith( RollupAreasAlgorithm(), rollupParameters( published->output.get(), data.gemeenten.get(), RollupAreasAlgorithm::JoinByCode ) );
  EXPECT_FALSE( rolledUp->run.ok );
  EXPECT_TRUE( rolledUp->run.error.contains( QStringLiteral( "is suppressed" ) ) ) << rolledUp->run.error.toStdString();
  EXPECT_TRUE( rolledUp->run.error.contains( QStringLiteral( "WK0002" ) ) ) << rolledUp->run.error.toStdString();
  EXPECT_TRUE( rolledUp->run.error.contains( QStringLiteral( "MIN_COUNT 0" ) ) ) << rolledUp->run.error.toStdString();
}

TEST( RollupAreasAlgorithm, FiguresThatCannotComeFromHouseholdsAreRefused )
{
  Hierarchy data;
  auto fine = runWith( AggregateAreasAlgorithm(), aggregateParameters( data.households.get(), data.wijken.get(), 0 ) );
  ASSERT_TRUE( fine->run.ok );
  // An edited copy: each case breaks one figure of WK000101 (feature 1).
  const struct
  {
    QString field;
    QVariant value;
    QString expected;
  } cases[] = {
      { schema::kExpected, 1e6, QStringLiteral( "tg_expected = 1e+06 is outside 0 to hh_total" ) },
      { schema::kExpected, -1.0, QStringLiteral( "tg_expected = -1 is outside 0 to hh_total" ) },
      { schema::kVariance, -0.5, QStringLiteral( "tg_variance = -0.5 is outside 0 to tg_expected" ) },
      { schema::kAreaReference, 100000, QStringLiteral( "tg_ref = 100000 is more than hh_total" ) },
      { schema::kMembers, 100000, QStringLiteral( "the membership figures mem_total = 100000" ) },
  };
  for ( const auto &brokenCase : cases )
  {
    std::unique_ptr<QgsVectorLayer> edited( fine->output->materialize( QgsFeatureRequest() ) );
    ASSERT_TRUE( edited );
    QgsFeature first;
    ASSERT_TRUE( edited->getFeatures().nextFeature( first ) );
    ASSERT_TRUE( edited->dataProvider()->changeAttributeValues( { { first.id(), { { edited->fields().lookupField( brokenCase.field ), brokenCase.value } } } } ) );
    auto rolledUp = runWith( RollupAreasAlgorithm(), rollupParameters( edited.get(), data.gemeenten.get(), RollupAreasAlgorithm::JoinByCode ) );
    EXPECT_FALSE( rolledUp->run.ok ) << brokenCase.field.toStdString();
    EXPECT_TRUE( rolledUp->run.error.contains( brokenCase.expected ) ) << rolledUp->run.error.toStdString();
    EXPECT_TRUE( rolledUp->run.error.contains( QStringLiteral( "WK000101" ) ) ) << rolledUp->run.error.toStdString();
  }
}

TEST( RollupAreasAlgorithm, ErrorsNameTheFieldOrCode )
{
  Hierarchy data;
  auto fine = runWith( AggregateAreasAlgorithm(), aggregateParameters( data.households.get(), data.wijken.get(), 0 ) );
  ASSERT_TRUE( fine->run.ok );

  // INPUT that is not an aggregate.
  auto notAggregate = runWith( RollupAreasAlgorithm(), rollupParameters( data.wijken.get(), data.gemeenten.get(), RollupAreasAlgorithm::JoinByCode ) );
  EXPECT_FALSE( notAggregate->run.ok );
  EXPECT_TRUE( notAggregate->run.error.contains( QStringLiteral( "INPUT has no field \"hh_total\"" ) ) ) << notAggregate->run.error.toStdString();

  QVariantMap parameters = rollupParameters( fine->output.get(), data.gemeenten.get(), RollupAreasAlgorithm::JoinByCode );
  parameters.insert( RollupAreasAlgorithm::FINE_CODE_FIELD, QStringLiteral( "wijkcode" ) );
  auto noFineCode = runWith( RollupAreasAlgorithm(), parameters );
  EXPECT_FALSE( noFineCode->run.ok );
  EXPECT_TRUE( noFineCode->run.error.contains( QStringLiteral( "\"wijkcode\" (FINE_CODE_FIELD)" ) ) ) << noFineCode->run.error.toStdString();

  parameters = rollupParameters( fine->output.get(), data.gemeenten.get(), RollupAreasAlgorithm::JoinByCode );
  parameters.insert( RollupAreasAlgorithm::COARSE_CODE_FIELD, QStringLiteral( "gemeentecode" ) );
  auto noCoarseCode = runWith( RollupAreasAlgorithm(), parameters );
  EXPECT_FALSE( noCoarseCode->run.ok );
  EXPECT_TRUE( noCoarseCode->run.error.contains( QStringLiteral( "\"gemeentecode\" (COARSE_CODE_FIELD)" ) ) ) << noCoarseCode->run.error.toStdString();
  // ... but a spatial join needs no code fields.
  parameters.insert( RollupAreasAlgorithm::JOIN_METHOD, static_cast<int>( RollupAreasAlgorithm::JoinSpatially ) );
  parameters.insert( RollupAreasAlgorithm::FINE_CODE_FIELD, QString() );
  EXPECT_TRUE( runWith( RollupAreasAlgorithm(), parameters )->run.ok );

  addFeature( data.gemeenten.get(), { QStringLiteral( "GM0001" ) }, square( 500, 0, 600, 100 ) );
  auto duplicate = runWith( RollupAreasAlgorithm(), rollupParameters( fine->output.get(), data.gemeenten.get(), RollupAreasAlgorithm::JoinByCode ) );
  EXPECT_FALSE( duplicate->run.ok );
  EXPECT_TRUE( duplicate->run.error.contains( QStringLiteral( "code GM0001 more than once" ) ) ) << duplicate->run.error.toStdString();

  // Coarse areas that already are an aggregate clash with the added fields.
  auto clash = runWith( RollupAreasAlgorithm(), rollupParameters( fine->output.get(), fine->output.get(), RollupAreasAlgorithm::JoinByCode ) );
  EXPECT_FALSE( clash->run.ok );
  EXPECT_TRUE( clash->run.error.contains( QStringLiteral( "AREAS already has a field \"hh_total\"" ) ) ) << clash->run.error.toStdString();
}

TEST( RollupAreasAlgorithm, AutomaticJoinIsByCodeForNestingCbsCodes )
{
  Hierarchy data;
  auto fine = runWith( AggregateAreasAlgorithm(), aggregateParameters( data.households.get(), data.wijken.get(), 0 ) );
  ASSERT_TRUE( fine->run.ok );
  auto byCode = runWith( RollupAreasAlgorithm(), rollupParameters( fine->output.get(), data.gemeenten.get(), RollupAreasAlgorithm::JoinByCode ) );
  auto automatic = runWith( RollupAreasAlgorithm(), rollupParameters( fine->output.get(), data.gemeenten.get(), RollupAreasAlgorithm::JoinAutomatic ) );
  ASSERT_TRUE( byCode->run.ok && automatic->run.ok ) << automatic->run.error.toStdString();
  const QString log = automatic->feedback.infos.join( QLatin1Char( '\n' ) );
  EXPECT_TRUE( log.contains( QStringLiteral( "Join: by code (automatic)" ) ) ) << log.toStdString();
  EXPECT_TRUE( log.contains( QStringLiteral( "WK000101" ) ) && log.contains( QStringLiteral( "GM0001" ) ) ) << log.toStdString();
  for ( const QString &code : byCode->byCode.keys() )
    expectSameFigures( automatic->byCode.value( code ), byCode->byCode.value( code ), code );
}

TEST( RollupAreasAlgorithm, AutomaticJoinIsSpatialForProvincieCodes )
{
  Hierarchy data;
  auto provincies = memoryLayer( QStringLiteral( "Polygon?crs=EPSG:28992&field=statcode:string" ), QStringLiteral( "provincie" ) );
  addFeature( provincies.get(), { QStringLiteral( "PV25" ) }, square( 0, 0, 400, 200 ) );
  auto fine = runWith( AggregateAreasAlgorithm(), aggregateParameters( data.households.get(), data.wijken.get(), 0 ) );
  ASSERT_TRUE( fine->run.ok );
  auto spatial = runWith( RollupAreasAlgorithm(), rollupParameters( fine->output.get(), provincies.get(), RollupAreasAlgorithm::JoinSpatially ) );
  auto automatic = runWith( RollupAreasAlgorithm(), rollupParameters( fine->output.get(), provincies.get(), RollupAreasAlgorithm::JoinAutomatic ) );
  ASSERT_TRUE( spatial->run.ok && automatic->run.ok ) << automatic->run.error.toStdString();
  const QString log = automatic->feedback.infos.join( QLatin1Char( '\n' ) );
  EXPECT_TRUE( log.contains( QStringLiteral( "Join: spatially (automatic" ) ) ) << log.toStdString();
  EXPECT_TRUE( log.contains( QStringLiteral( "PV25" ) ) ) << log.toStdString();
  // By code, PV25 would hold none of the wijken; spatially it holds all four.
  EXPECT_EQ( automatic->run.results.value( RollupAreasAlgorithm::MATCHED ).toLongLong(), 4 );
  expectSameFigures( automatic->byCode.value( QStringLiteral( "PV25" ) ), spatial->byCode.value( QStringLiteral( "PV25" ) ), QStringLiteral( "PV25" ) );
}

TEST( RollupAreasAlgorithm, AutomaticJoinIsSpatialWithoutTheCodeField )
{
  Hierarchy data;
  auto fine = runWith( AggregateAreasAlgorithm(), aggregateParameters( data.households.get(), data.wijken.get(), 0 ) );
  ASSERT_TRUE( fine->run.ok );
  QVariantMap parameters = rollupParameters( fine->output.get(), data.gemeenten.get(), RollupAreasAlgorithm::JoinAutomatic );
  parameters.insert( RollupAreasAlgorithm::COARSE_CODE_FIELD, QStringLiteral( "gemeentecode" ) );
  auto missing = runWith( RollupAreasAlgorithm(), parameters );
  ASSERT_TRUE( missing->run.ok ) << missing->run.error.toStdString();
  const QString log = missing->feedback.infos.join( QLatin1Char( '\n' ) );
  EXPECT_TRUE( log.contains( QStringLiteral( "Join: spatially (automatic" ) ) ) << log.toStdString();
  EXPECT_TRUE( log.contains( QStringLiteral( "AREAS has no field \"gemeentecode\" (COARSE_CODE_FIELD)" ) ) ) << log.toStdString();
  EXPECT_EQ( missing->run.results.value( RollupAreasAlgorithm::MATCHED ).toLongLong(), 4 );

  // No code field given at all: spatially too.
  parameters.insert( RollupAreasAlgorithm::FINE_CODE_FIELD, QString() );
  auto none = runWith( RollupAreasAlgorithm(), parameters );
  ASSERT_TRUE( none->run.ok ) << none->run.error.toStdString();
  EXPECT_TRUE( none->feedback.infos.join( QLatin1Char( '\n' ) ).contains( QStringLiteral( "no code field is given" ) ) );
}

TEST( RollupAreasAlgorithm, Metadata )
{
  RollupAreasAlgorithm algorithm;
  EXPECT_EQ( algorithm.name(), QStringLiteral( "rollupareas" ) );
  EXPECT_TRUE( algorithm.groupId().isEmpty() ) << "directly under the provider, no subgroup";
  EXPECT_EQ( algorithm.svgIconPath(), QStringLiteral( ":/targetgroup/icons/%1.svg" ).arg( algorithm.name() ) );
  std::unique_ptr<QgsProcessingAlgorithm> instance( algorithm.create() );
  for ( const QString &name : { RollupAreasAlgorithm::INPUT, RollupAreasAlgorithm::AREAS, RollupAreasAlgorithm::JOIN_METHOD, RollupAreasAlgorithm::FINE_CODE_FIELD,
                                RollupAreasAlgorithm::COARSE_CODE_FIELD, RollupAreasAlgorithm::MIN_COUNT, RollupAreasAlgorithm::OUTPUT } )
    EXPECT_TRUE( instance->parameterDefinition( name ) ) << name.toStdString();
  EXPECT_EQ( instance->parameterDefinition( RollupAreasAlgorithm::MIN_COUNT )->defaultValue().toInt(), 10 );
  // The values 0 (by code) and 1 (spatially) stay what they were; 2 is automatic.
  const auto *join = dynamic_cast<const QgsProcessingParameterEnum *>( instance->parameterDefinition( RollupAreasAlgorithm::JOIN_METHOD ) );
  ASSERT_TRUE( join );
  EXPECT_EQ( join->options().size(), 3 );
  EXPECT_TRUE( join->options().at( RollupAreasAlgorithm::JoinAutomatic ).startsWith( QStringLiteral( "Automatic" ) ) );
  EXPECT_EQ( join->defaultValue().toInt(), static_cast<int>( RollupAreasAlgorithm::JoinByCode ) );
}
