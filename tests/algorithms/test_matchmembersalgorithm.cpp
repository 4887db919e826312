#include "matchmembersalgorithm.h"

#include "common/outputschema.h"
#include "testlayers.h"

#include <gtest/gtest.h>

#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QMap>
#include <QTemporaryDir>

using namespace targetgroup;
using namespace targetgroup::test;

namespace
{

const QString kHouseholdsUri = QStringLiteral( "Point?crs=EPSG:28992&field=hh_id:integer&field=postcode:string&field=huisnummer:integer&field=toevoeging:string" );
const QString kMembersUri = QStringLiteral( "None?field=lidnummer:string&field=postcode:string&field=huisnummer:string&field=toevoeging:string" );

//! Households by hand (hh_id: address):
//!  1: 6711 AB 1      2: 6711 AB 3      3: 6711 AB 3 A     4: 6711 AB 5 A
//!  5: 6711 AB 5 B    6: 6711 AB 7 A    7: 6711 AB 9       8: 6711 AB 9 (twice)
//!  9: 3901 CD 12     10: NULL postcode (no usable address)
std::unique_ptr<QgsVectorLayer> households()
{
  auto layer = memoryLayer( kHouseholdsUri, QStringLiteral( "households" ) );
  const QVariant none;
  addFeature( layer.get(), { 1, "6711 AB", 1, none }, QStringLiteral( "POINT(1 1)" ) );
  addFeature( layer.get(), { 2, "6711 AB", 3, none }, QStringLiteral( "POINT(2 1)" ) );
  addFeature( layer.get(), { 3, "6711 AB", 3, "A" }, QStringLiteral( "POINT(3 1)" ) );
  addFeature( layer.get(), { 4, "6711 AB", 5, "A" }, QStringLiteral( "POINT(4 1)" ) );
  addFeature( layer.get(), { 5, "6711 AB", 5, "B" }, QStringLiteral( "POINT(5 1)" ) );
  addFeature( layer.get(), { 6, "6711 AB", 7, "A" }, QStringLiteral( "POINT(6 1)" ) );
  addFeature( layer.get(), { 7, "6711 AB", 9, none }, QStringLiteral( "POINT(7 1)" ) );
  addFeature( layer.get(), { 8, "6711 AB", 9, none }, QStringLiteral( "POINT(8 1)" ) );
  addFeature( layer.get(), { 9, "3901 CD", 12, none }, QStringLiteral( "POINT(9 1)" ) );
  addFeature( layer.get(), { 10, none, 1, none }, QStringLiteral( "POINT(10 1)" ) );
  return layer;
}

//! Members by hand (lidnummer: address as written -> expected outcome).
std::unique_ptr<QgsVectorLayer> members()
{
  auto layer = memoryLayer( kMembersUri, QStringLiteral( "members" ) );
  const QVariant none;
  addFeature( layer.get(), { "m01", "6711AB", "1", none } );      // -> 1
  addFeature( layer.get(), { "m02", "6711 ab", "1", "" } );       // -> 1 (second member there)
  addFeature( layer.get(), { "m03", "6711ab", "3", none } );      // -> 2 (no addition matches no addition)
  addFeature( layer.get(), { "m04", "6711 AB", "3a", none } );    // -> 3
  addFeature( layer.get(), { "m05", "6711 AB", "3-A", none } );   // -> 3
  addFeature( layer.get(), { "m06", "6711 AB", "3", "a" } );      // -> 3
  addFeature( layer.get(), { "m07", "6711 AB", "3 C", none } );   // ambiguous_addition (2 and 3 at 3)
  addFeature( layer.get(), { "m08", "6711 AB", "5", none } );     // ambiguous_addition (5A, 5B)
  addFeature( layer.get(), { "m09", "6711 AB", "5 b", none } );   // -> 5
  addFeature( layer.get(), { "m10", "6711 AB", "7", none } );     // -> 6 by number only
  addFeature( layer.get(), { "m11", "6711 AB", "7 bis", none } ); // -> 6 by number only
  addFeature( layer.get(), { "m12", "6711 AB", "9", none } );     // duplicate_household_address
  addFeature( layer.get(), { "m13", "6711 AB", "11", none } );    // no_such_number
  addFeature( layer.get(), { "m14", "1234 ZZ", "1", none } );     // no_such_postcode
  addFeature( layer.get(), { "m15", "3901CD", "12.0", none } );   // -> 9
  addFeature( layer.get(), { "m16", "67111AB", "1", none } );     // invalid_postcode
  addFeature( layer.get(), { none, none, "1", none } );           // missing_postcode
  addFeature( layer.get(), { "m18", "6711 AB", none, none } );    // missing_number
  addFeature( layer.get(), { "m19", "6711 AB", "a1", none } );    // invalid_number
  addFeature( layer.get(), { "m20", "6711 AB", "1", "a+b" } );    // invalid_addition
  return layer;
}

const QgsProcessingAlgorithm &prototype()
{
  static const std::unique_ptr<QgsProcessingAlgorithm> algorithm( MatchMembersAlgorithm().create() );
  return *algorithm;
}

struct Run
{
  AlgorithmRun run;
  RecordingFeedback feedback;
  std::unique_ptr<QgsVectorLayer> output;
  std::unique_ptr<QgsVectorLayer> unmatched;
  QMap<int, QgsFeature> byHousehold;
  QMap<QString, QString> reasonByMember;
};

std::unique_ptr<Run> runWith( QVariantMap parameters )
{
  auto result = std::make_unique<Run>();
  QgsProcessingContext context;
  context.setProject( QgsProject::instance() );
  if ( !parameters.contains( MatchMembersAlgorithm::OUTPUT ) )
    parameters.insert( MatchMembersAlgorithm::OUTPUT, QgsProcessing::TEMPORARY_OUTPUT );
  if ( !parameters.contains( MatchMembersAlgorithm::UNMATCHED_OUTPUT ) )
    parameters.insert( MatchMembersAlgorithm::UNMATCHED_OUTPUT, QgsProcessing::TEMPORARY_OUTPUT );
  result->run = runAlgorithm( prototype(), parameters, context, result->feedback );
  if ( !result->run.ok )
    return result;
  result->output = takeVectorLayer( context, result->run.results.value( MatchMembersAlgorithm::OUTPUT ) );
  QgsFeature feature;
  QgsFeatureIterator households = result->output->getFeatures();
  while ( households.nextFeature( feature ) )
    result->byHousehold.insert( feature.attribute( QStringLiteral( "hh_id" ) ).toInt(), feature );
  if ( result->run.results.contains( MatchMembersAlgorithm::UNMATCHED_OUTPUT ) )
  {
    result->unmatched = takeVectorLayer( context, result->run.results.value( MatchMembersAlgorithm::UNMATCHED_OUTPUT ) );
    QgsFeatureIterator unmatched = result->unmatched->getFeatures();
    while ( unmatched.nextFeature( feature ) )
      result->reasonByMember.insert( feature.attribute( QStringLiteral( "lidnummer" ) ).toString(), feature.attribute( schema::kUnmatchedReason ).toString() );
  }
  return result;
}

QVariantMap baseParameters( QgsVectorLayer *householdLayer, QgsVectorLayer *memberLayer )
{
  return { { MatchMembersAlgorithm::INPUT, QVariant::fromValue( householdLayer ) }, { MatchMembersAlgorithm::MEMBERS, QVariant::fromValue( memberLayer ) } };
}

} // namespace

TEST( MatchMembersAlgorithm, HandCheckedCountsReasonsAndReconciliation )
{
  auto householdLayer = households();
  auto memberLayer = members();
  const auto run = runWith( baseParameters( householdLayer.get(), memberLayer.get() ) );
  ASSERT_TRUE( run->run.ok ) << run->run.error.toStdString();

  // 20 members: matched m01 m02 m03 m04 m05 m06 m09 m10 m11 m15 = 10; unmatched 10.
  EXPECT_EQ( run->run.results.value( MatchMembersAlgorithm::MEMBERS_READ ).toLongLong(), 20 );
  EXPECT_EQ( run->run.results.value( MatchMembersAlgorithm::MEMBERS_MATCHED ).toLongLong(), 10 );
  EXPECT_EQ( run->run.results.value( MatchMembersAlgorithm::MEMBERS_UNMATCHED ).toLongLong(), 10 );
  // Households 1, 2, 3, 5, 6, 9.
  EXPECT_EQ( run->run.results.value( MatchMembersAlgorithm::HOUSEHOLDS_WITH_MEMBERS ).toLongLong(), 6 );

  const QMap<int, int> expectedCounts{ { 1, 2 }, { 2, 1 }, { 3, 3 }, { 4, 0 }, { 5, 1 }, { 6, 2 }, { 7, 0 }, { 8, 0 }, { 9, 1 }, { 10, 0 } };
  ASSERT_EQ( run->byHousehold.size(), 10 );
  for ( auto it = expectedCounts.constBegin(); it != expectedCounts.constEnd(); ++it )
  {
    const QgsFeature household = run->byHousehold.value( it.key() );
    EXPECT_EQ( household.attribute( schema::kMemberCount ).toInt(), it.value() ) << "household " << it.key();
    EXPECT_EQ( household.attribute( schema::kIsMember ).toInt(), it.value() > 0 ? 1 : 0 ) << "household " << it.key();
    EXPECT_FALSE( household.geometry().isNull() );
  }
  // All input fields, then mem_count and is_member; no member field.
  EXPECT_EQ( run->output->fields().names(), QStringList( { "hh_id", "postcode", "huisnummer", "toevoeging", "mem_count", "is_member" } ) );
  EXPECT_EQ( run->output->crs().authid(), QStringLiteral( "EPSG:28992" ) );
  // No member identifier in any household's values.
  for ( const QgsFeature &household : run->byHousehold )
  {
    for ( const QVariant &value : household.attributes() )
      EXPECT_FALSE( value.toString().startsWith( QLatin1Char( 'm' ) ) ) << value.toString().toStdString();
  }

  const QMap<QString, QString> expectedReasons{ { "m07", "ambiguous_addition" }, { "m08", "ambiguous_addition" }, { "m12", "duplicate_household_address" }, { "m13", "no_such_number" }, { "m14", "no_such_postcode" }, { "m16", "invalid_postcode" }, { "", "missing_postcode" }, { "m18", "missing_number" }, { "m19", "invalid_number" }, { "m20", "invalid_addition" } };
  EXPECT_EQ( run->reasonByMember, expectedReasons );
  EXPECT_EQ( run->unmatched->fields().names(), QStringList( { "lidnummer", "postcode", "huisnummer", "toevoeging", "unmatched_reason" } ) );
  EXPECT_EQ( run->unmatched->featureCount(), 10 );

  // The log: the totals, one line per reason, warnings for unmatched members,
  // the household without address, and the duplicate address.
  const QString log = run->feedback.infos.join( '\n' );
  EXPECT_TRUE( log.contains( QStringLiteral( "20 members read: 10 matched to a household (2 of them by postcode and number alone), 10 not matched; 6 households have members." ) ) ) << log.toStdString();
  EXPECT_TRUE( log.contains( QStringLiteral( "ambiguous_addition (ambiguous: no household with this addition, several at the number): 2" ) ) ) << log.toStdString();
  EXPECT_TRUE( log.contains( QStringLiteral( "exact (matched by postcode, number and addition): 8" ) ) ) << log.toStdString();
  const QString warnings = run->feedback.warnings.join( '\n' );
  EXPECT_TRUE( warnings.contains( QStringLiteral( "10 of the 20 members of MEMBERS match no household" ) ) ) << warnings.toStdString();
  EXPECT_TRUE( warnings.contains( QStringLiteral( "1 of the 10 households of INPUT have no usable address" ) ) ) << warnings.toStdString();
  EXPECT_TRUE( warnings.contains( QStringLiteral( "1 member address(es) belong to more than one household of INPUT" ) ) ) << warnings.toStdString();
}

TEST( MatchMembersAlgorithm, FieldParametersChooseOtherFieldsAndNumbersAreAccepted )
{
  // Households with the number as double and no addition field; members with
  // the number and its addition in one field, under other names.
  auto householdLayer = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=hh_id:integer&field=pc:string&field=nr:double&field=add:string" ) );
  addFeature( householdLayer.get(), { 1, "6711AB", 12.0, QVariant() }, QStringLiteral( "POINT(1 1)" ) );
  addFeature( householdLayer.get(), { 2, "6711AB", 12.0, "A" }, QStringLiteral( "POINT(2 1)" ) );
  auto memberLayer = memoryLayer( QStringLiteral( "None?field=lidnummer:string&field=zip:string&field=nummer:string&field=extra:integer" ) );
  addFeature( memberLayer.get(), { "a", "6711 ab", "12a", QVariant() } );
  addFeature( memberLayer.get(), { "b", "6711 ab", "12", QVariant() } );
  addFeature( memberLayer.get(), { "c", "6711 ab", "12", 2 } ); // 12-2: no such addition, 2 households at 12

  QVariantMap parameters = baseParameters( householdLayer.get(), memberLayer.get() );
  parameters.insert( MatchMembersAlgorithm::HOUSEHOLD_POSTCODE, QStringLiteral( "pc" ) );
  parameters.insert( MatchMembersAlgorithm::HOUSEHOLD_NUMBER, QStringLiteral( "nr" ) );
  parameters.insert( MatchMembersAlgorithm::HOUSEHOLD_ADDITION, QStringLiteral( "add" ) );
  parameters.insert( MatchMembersAlgorithm::MEMBER_POSTCODE, QStringLiteral( "zip" ) );
  parameters.insert( MatchMembersAlgorithm::MEMBER_NUMBER, QStringLiteral( "nummer" ) );
  parameters.insert( MatchMembersAlgorithm::MEMBER_ADDITION, QStringLiteral( "extra" ) );
  const auto run = runWith( parameters );
  ASSERT_TRUE( run->run.ok ) << run->run.error.toStdString();
  EXPECT_EQ( run->byHousehold.value( 1 ).attribute( schema::kMemberCount ).toInt(), 1 );
  EXPECT_EQ( run->byHousehold.value( 2 ).attribute( schema::kMemberCount ).toInt(), 1 );
  EXPECT_EQ( run->reasonByMember, ( QMap<QString, QString>{ { "c", "ambiguous_addition" } } ) );

  // Without the households' addition field, 12 and 12A are the same address twice.
  parameters.insert( MatchMembersAlgorithm::HOUSEHOLD_ADDITION, QString() );
  const auto withoutAddition = runWith( parameters );
  ASSERT_TRUE( withoutAddition->run.ok ) << withoutAddition->run.error.toStdString();
  EXPECT_EQ( withoutAddition->run.results.value( MatchMembersAlgorithm::MEMBERS_MATCHED ).toLongLong(), 0 );
  EXPECT_EQ( withoutAddition->reasonByMember.value( "a" ), QStringLiteral( "ambiguous_addition" ) );
  EXPECT_EQ( withoutAddition->reasonByMember.value( "b" ), QStringLiteral( "duplicate_household_address" ) );
}

TEST( MatchMembersAlgorithm, ExistingMemberFieldsAreReplacedInPlace )
{
  auto householdLayer = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=hh_id:integer&field=is_member:integer&field=postcode:string&field=huisnummer:integer" ) );
  addFeature( householdLayer.get(), { 1, 0, "6711AB", 1 }, QStringLiteral( "POINT(1 1)" ) );
  addFeature( householdLayer.get(), { 2, 1, "6711AB", 2 }, QStringLiteral( "POINT(2 1)" ) );
  auto memberLayer = memoryLayer( QStringLiteral( "None?field=lidnummer:string&field=postcode:string&field=huisnummer:integer" ) );
  addFeature( memberLayer.get(), { "a", "6711AB", 1 } );
  const auto run = runWith( baseParameters( householdLayer.get(), memberLayer.get() ) );
  ASSERT_TRUE( run->run.ok ) << run->run.error.toStdString();
  EXPECT_EQ( run->output->fields().names(), QStringList( { "hh_id", "is_member", "postcode", "huisnummer", "mem_count" } ) );
  EXPECT_EQ( run->byHousehold.value( 1 ).attribute( schema::kIsMember ).toInt(), 1 );
  EXPECT_EQ( run->byHousehold.value( 2 ).attribute( schema::kIsMember ).toInt(), 0 );
  EXPECT_TRUE( run->feedback.warnings.join( '\n' ).contains( QStringLiteral( "INPUT already has is_member; OUTPUT has the matched values in its place" ) ) ) << run->feedback.warnings.join( '\n' ).toStdString();
  // No unmatched member: an empty output, and no warning about unmatched members.
  EXPECT_EQ( run->unmatched->featureCount(), 0 );
}

TEST( MatchMembersAlgorithm, UnmatchedOutputIsOptional )
{
  auto householdLayer = households();
  auto memberLayer = members();
  QVariantMap parameters = baseParameters( householdLayer.get(), memberLayer.get() );
  parameters.insert( MatchMembersAlgorithm::UNMATCHED_OUTPUT, QVariant() );
  const auto run = runWith( parameters );
  ASSERT_TRUE( run->run.ok ) << run->run.error.toStdString();
  EXPECT_FALSE( run->run.results.contains( MatchMembersAlgorithm::UNMATCHED_OUTPUT ) );
  EXPECT_EQ( run->run.results.value( MatchMembersAlgorithm::MEMBERS_UNMATCHED ).toLongLong(), 10 );
}

TEST( MatchMembersAlgorithm, MembersWithGeometryKeepItInTheUnmatchedOutput )
{
  auto householdLayer = households();
  auto memberLayer = memoryLayer( QStringLiteral( "Point?crs=EPSG:4326&field=lidnummer:string&field=postcode:string&field=huisnummer:integer" ) );
  addFeature( memberLayer.get(), { "x", "9999ZZ", 1 }, QStringLiteral( "POINT(5.6 52.0)" ) );
  const auto run = runWith( baseParameters( householdLayer.get(), memberLayer.get() ) );
  ASSERT_TRUE( run->run.ok ) << run->run.error.toStdString();
  ASSERT_EQ( run->unmatched->featureCount(), 1 );
  EXPECT_EQ( run->unmatched->crs().authid(), QStringLiteral( "EPSG:4326" ) );
  QgsFeature member;
  run->unmatched->getFeatures().nextFeature( member );
  EXPECT_EQ( member.geometry().asWkt( 1 ), QStringLiteral( "Point (5.6 52)" ) );
}

TEST( MatchMembersAlgorithm, ErrorsNameTheLayerFieldAndParameter )
{
  auto householdLayer = households();
  auto memberLayer = members();
  const struct
  {
    QString parameter;
    QVariant value;
    QString expected;
  } cases[] = {
      { MatchMembersAlgorithm::MEMBER_POSTCODE, QStringLiteral( "zip" ), QStringLiteral( "MEMBERS has no field \"zip\" (MEMBER_POSTCODE). Choose the field that holds the postcode (1234 AB); the fields are: lidnummer, postcode, huisnummer, toevoeging." ) },
      { MatchMembersAlgorithm::MEMBER_NUMBER, QStringLiteral( "nr" ), QStringLiteral( "MEMBERS has no field \"nr\" (MEMBER_NUMBER)" ) },
      { MatchMembersAlgorithm::MEMBER_ADDITION, QStringLiteral( "extra" ), QStringLiteral( "MEMBERS has no field \"extra\" (MEMBER_ADDITION)" ) },
      { MatchMembersAlgorithm::HOUSEHOLD_POSTCODE, QStringLiteral( "zip" ), QStringLiteral( "INPUT has no field \"zip\" (HOUSEHOLD_POSTCODE)" ) },
      { MatchMembersAlgorithm::HOUSEHOLD_NUMBER, QStringLiteral( "nr" ), QStringLiteral( "INPUT has no field \"nr\" (HOUSEHOLD_NUMBER)" ) },
      { MatchMembersAlgorithm::HOUSEHOLD_ADDITION, QStringLiteral( "extra" ), QStringLiteral( "INPUT has no field \"extra\" (HOUSEHOLD_ADDITION)" ) },
      { MatchMembersAlgorithm::HOUSEHOLD_POSTCODE, QStringLiteral( "huisnummer" ), QStringLiteral( "The postcode field \"huisnummer\" (HOUSEHOLD_POSTCODE) of INPUT is numeric" ) },
      // A postcode-like field that holds no postcode: the household side has no usable address at all.
      { MatchMembersAlgorithm::HOUSEHOLD_POSTCODE, QStringLiteral( "toevoeging" ), QStringLiteral( "None of the 10 households of INPUT has a usable address in the fields \"toevoeging\" (HOUSEHOLD_POSTCODE), \"huisnummer\" (HOUSEHOLD_NUMBER)" ) },
      { MatchMembersAlgorithm::MEMBER_POSTCODE, QStringLiteral( "lidnummer" ), QStringLiteral( "None of the 20 members of MEMBERS has a usable address in the fields \"lidnummer\" (MEMBER_POSTCODE), \"huisnummer\" (MEMBER_NUMBER), \"toevoeging\" (MEMBER_ADDITION): no postcode (e.g. NULL / '1' / NULL); invalid postcode (not 4 digits and 2 letters) (e.g. 'm01' / '1' / NULL" ) },
  };
  for ( const auto &testCase : cases )
  {
    QVariantMap parameters = baseParameters( householdLayer.get(), memberLayer.get() );
    parameters.insert( testCase.parameter, testCase.value );
    const auto run = runWith( parameters );
    EXPECT_FALSE( run->run.ok ) << testCase.parameter.toStdString();
    EXPECT_TRUE( run->run.error.contains( testCase.expected ) ) << run->run.error.toStdString() << "\n expected: " << testCase.expected.toStdString();
  }
}

TEST( MatchMembersAlgorithm, UnusableTablesAreRefused )
{
  auto householdLayer = households();

  auto empty = memoryLayer( kMembersUri );
  auto run = runWith( baseParameters( householdLayer.get(), empty.get() ) );
  EXPECT_FALSE( run->run.ok );
  EXPECT_TRUE( run->run.error.contains( QStringLiteral( "has no rows" ) ) ) << run->run.error.toStdString();

  auto dated = memoryLayer( QStringLiteral( "None?field=postcode:string&field=huisnummer:date" ) );
  addFeature( dated.get(), { "6711AB", QDate( 2020, 1, 1 ) } );
  run = runWith( baseParameters( householdLayer.get(), dated.get() ) );
  EXPECT_FALSE( run->run.ok );
  EXPECT_TRUE( run->run.error.contains( QStringLiteral( "The field \"huisnummer\" (MEMBER_NUMBER) of MEMBERS is of type date; it must hold text or a number." ) ) ) << run->run.error.toStdString();

  auto clash = memoryLayer( QStringLiteral( "None?field=postcode:string&field=huisnummer:integer&field=unmatched_reason:string" ) );
  addFeature( clash.get(), { "6711AB", 1, "x" } );
  run = runWith( baseParameters( householdLayer.get(), clash.get() ) );
  EXPECT_FALSE( run->run.ok );
  EXPECT_TRUE( run->run.error.contains( QStringLiteral( "already has a field \"unmatched_reason\"" ) ) ) << run->run.error.toStdString();

  QVariantMap withoutMembers{ { MatchMembersAlgorithm::INPUT, QVariant::fromValue( householdLayer.get() ) } };
  run = runWith( withoutMembers );
  EXPECT_FALSE( run->run.ok );

  QVariantMap missingFile = baseParameters( householdLayer.get(), nullptr );
  missingFile.insert( MatchMembersAlgorithm::MEMBERS, QStringLiteral( "/nonexistent/members.csv" ) );
  run = runWith( missingFile );
  EXPECT_FALSE( run->run.ok );
  EXPECT_FALSE( run->run.error.isEmpty() );

  QVariantMap missingHouseholds = baseParameters( nullptr, empty.get() );
  missingHouseholds.insert( MatchMembersAlgorithm::INPUT, QStringLiteral( "/nonexistent/households.gpkg" ) );
  run = runWith( missingHouseholds );
  EXPECT_FALSE( run->run.ok );
}

TEST( MatchMembersAlgorithm, OutputsMayNotOverwriteAnInput )
{
  QTemporaryDir directory;
  const QString csv = directory.filePath( QStringLiteral( "members.csv" ) );
  {
    QFile file( csv );
    ASSERT_TRUE( file.open( QIODevice::WriteOnly ) );
    file.write( "lidnummer;postcode;huisnummer\nm1;6711 AB;1\n" );
  }
  auto householdLayer = households();
  QVariantMap parameters{ { MatchMembersAlgorithm::INPUT, QVariant::fromValue( householdLayer.get() ) }, { MatchMembersAlgorithm::MEMBERS, csv }, { MatchMembersAlgorithm::UNMATCHED_OUTPUT, csv } };
  auto run = runWith( parameters );
  EXPECT_FALSE( run->run.ok );
  EXPECT_TRUE( run->run.error.contains( QStringLiteral( "UNMATCHED_OUTPUT" ) ) && run->run.error.contains( QStringLiteral( "MEMBERS" ) ) ) << run->run.error.toStdString();

  // The CSV as it is: semicolons, the number as text.
  parameters.insert( MatchMembersAlgorithm::UNMATCHED_OUTPUT, QgsProcessing::TEMPORARY_OUTPUT );
  run = runWith( parameters );
  ASSERT_TRUE( run->run.ok ) << run->run.error.toStdString();
  EXPECT_EQ( run->byHousehold.value( 1 ).attribute( schema::kMemberCount ).toInt(), 1 );
}

TEST( MatchMembersAlgorithm, Metadata )
{
  const QgsProcessingAlgorithm &algorithm = prototype();
  EXPECT_EQ( algorithm.name(), QStringLiteral( "matchmembers" ) );
  EXPECT_EQ( algorithm.svgIconPath(), QStringLiteral( ":/targetgroup/icons/%1.svg" ).arg( algorithm.name() ) );
  const QStringList ids{ "INPUT", "MEMBERS", "HOUSEHOLD_POSTCODE", "HOUSEHOLD_NUMBER", "HOUSEHOLD_ADDITION", "MEMBER_POSTCODE", "MEMBER_NUMBER", "MEMBER_ADDITION", "OUTPUT", "UNMATCHED_OUTPUT" };
  for ( const QString &id : ids )
    EXPECT_TRUE( algorithm.parameterDefinition( id ) ) << id.toStdString();
  for ( const char *id : { "MEMBERS_READ", "MEMBERS_MATCHED", "MEMBERS_UNMATCHED", "HOUSEHOLDS_WITH_MEMBERS" } )
    EXPECT_TRUE( algorithm.outputDefinition( QString::fromUtf8( id ) ) ) << id;
  EXPECT_FALSE( algorithm.parameterDefinition( MatchMembersAlgorithm::MEMBERS )->flags() & compat::ParameterOptional );
  const QString help = algorithm.shortHelpString();
  for ( const char *needle : { "12-A", "1234ab", "ambiguous_addition", "duplicate_household_address", "mem_count", "MEMBERS_READ = MEMBERS_MATCHED + MEMBERS_UNMATCHED" } )
    EXPECT_TRUE( help.contains( QString::fromUtf8( needle ) ) ) << needle;
}
