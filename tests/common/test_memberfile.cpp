#include "common/memberfile.h"

#include "common/outputschema.h"
#include "testlayers.h"

#include <gtest/gtest.h>

#include <qgsapplication.h>
#include <qgsexception.h>
#include <qgsfeaturesink.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingregistry.h>

using namespace targetgroup;
using namespace targetgroup::test;

namespace
{

//! An algorithm that offers the member file as an option, as aggregateareas or fullanalysis would.
class HostAlgorithm : public QgsProcessingAlgorithm
{
public:
  QString name() const override { return QStringLiteral( "host" ); }
  QString displayName() const override { return QStringLiteral( "host" ); }
  HostAlgorithm *createInstance() const override { return new HostAlgorithm(); }

protected:
  void initAlgorithm( const QVariantMap & ) override
  {
    addParameter( new QgsProcessingParameterFeatureSource( QStringLiteral( "HOUSEHOLDS" ), QStringLiteral( "Households" ) ) );
    for ( auto &definition : memberFileParameters( QStringLiteral( "HOUSEHOLDS" ), true ) )
      addParameter( definition.release() );
  }
  QVariantMap processAlgorithm( const QVariantMap &, QgsProcessingContext &, QgsProcessingFeedback * ) override { return {}; }
};

const QgsProcessingAlgorithm &host()
{
  static const std::unique_ptr<QgsProcessingAlgorithm> algorithm( HostAlgorithm().create() );
  return *algorithm;
}

} // namespace

TEST( MemberFile, ParametersAreTheSameEverywhere )
{
  const auto definitions = memberFileParameters( QStringLiteral( "INPUT" ), false );
  ASSERT_EQ( definitions.size(), 7u );
  const QStringList ids{ "MEMBERS", "HOUSEHOLD_POSTCODE", "HOUSEHOLD_NUMBER", "HOUSEHOLD_ADDITION", "MEMBER_POSTCODE", "MEMBER_NUMBER", "MEMBER_ADDITION" };
  const QStringList parents{ "", "INPUT", "INPUT", "INPUT", "MEMBERS", "MEMBERS", "MEMBERS" };
  const QStringList defaults{ "", "postcode", "huisnummer", "toevoeging", "postcode", "huisnummer", "toevoeging" };
  for ( std::size_t i = 0; i < definitions.size(); ++i )
  {
    EXPECT_EQ( definitions[i]->name(), ids.at( static_cast<int>( i ) ) );
    if ( i > 0 )
    {
      const auto *field = dynamic_cast<const QgsProcessingParameterField *>( definitions[i].get() );
      ASSERT_TRUE( field );
      EXPECT_EQ( field->parentLayerParameterName(), parents.at( static_cast<int>( i ) ) );
      EXPECT_EQ( field->defaultValue().toString(), defaults.at( static_cast<int>( i ) ) );
      EXPECT_TRUE( field->flags() & compat::ParameterOptional );
    }
  }
  EXPECT_FALSE( definitions[0]->flags() & compat::ParameterOptional );
  const auto optional = memberFileParameters( QStringLiteral( "HOUSEHOLDS" ), true );
  EXPECT_TRUE( optional[0]->flags() & compat::ParameterOptional );
  EXPECT_EQ( optional[0]->description(), definitions[0]->description() );
  EXPECT_TRUE( memberFileHelp().contains( QStringLiteral( "no_such_postcode" ) ) );
  for ( int reason = 0; reason < engine::kMatchReasonCount; ++reason )
    EXPECT_FALSE( memberReasonText( static_cast<engine::MatchReason>( reason ) ).isEmpty() ) << reason;
}

TEST( MemberFile, NoMemberFileGivenMeansNone )
{
  QgsProcessingContext context;
  auto households = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=postcode:string&field=huisnummer:integer" ) );
  EXPECT_EQ( MemberFile::fromParameters( host(), { { QStringLiteral( "HOUSEHOLDS" ), QVariant::fromValue( households.get() ) } }, context, households->fields(), QStringLiteral( "HOUSEHOLDS" ) ), nullptr );
  EXPECT_EQ( MemberFile::fromParameters( host(), { { QStringLiteral( "MEMBERS" ), QString() } }, context, households->fields(), QStringLiteral( "HOUSEHOLDS" ) ), nullptr );
}

TEST( MemberFile, AnAlgorithmReadsTheHouseholdsItselfAndLooksUpCountsById )
{
  QgsProcessingContext context;
  auto households = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=name:string&field=postcode:string&field=huisnummer:string" ) );
  addFeature( households.get(), { "a", "1234 AB", "1" }, QStringLiteral( "POINT(0 0)" ) );
  addFeature( households.get(), { "b", "1234 AB", "2a" }, QStringLiteral( "POINT(1 0)" ) );
  addFeature( households.get(), { "c", "1234 AB", "x" }, QStringLiteral( "POINT(2 0)" ) );
  auto members = memoryLayer( QStringLiteral( "None?field=postcode:string&field=huisnummer:integer&field=toevoeging:string" ) );
  addFeature( members.get(), { "1234ab", 1, QVariant() } );
  addFeature( members.get(), { "1234ab", 1, QVariant() } );
  addFeature( members.get(), { "1234ab", 2, "A" } );
  addFeature( members.get(), { "1234ab", 3, QVariant() } );

  const QVariantMap parameters{ { QStringLiteral( "HOUSEHOLDS" ), QVariant::fromValue( households.get() ) }, { QStringLiteral( "MEMBERS" ), QVariant::fromValue( members.get() ) } };
  auto file = MemberFile::fromParameters( host(), parameters, context, households->fields(), QStringLiteral( "HOUSEHOLDS" ) );
  ASSERT_TRUE( file );
  RecordingFeedback feedback;
  ASSERT_TRUE( file->readMembers( &feedback ) );
  // The algorithm's own first pass: only the key attributes, no geometry.
  EXPECT_EQ( file->householdAttributes(), ( QgsAttributeList{ 1, 2 } ) );
  QgsFeatureRequest request;
  request.setSubsetOfAttributes( file->householdAttributes() );
  request.setFlags( compat::RequestNoGeometry );
  QgsFeatureIterator iterator = households->getFeatures( request );
  QgsFeature household;
  while ( iterator.nextFeature( household ) )
    file->addHousehold( household );
  const MemberMatchSummary &summary = file->finish( &feedback );
  EXPECT_EQ( summary.read, 4 );
  EXPECT_EQ( summary.matched, 3 );
  EXPECT_EQ( summary.unmatched, 1 );
  EXPECT_EQ( summary.householdsWithMembers, 2 );
  EXPECT_EQ( summary.householdsRead, 3 );
  EXPECT_EQ( summary.householdsWithoutAddress, 1 );
  EXPECT_EQ( summary.byReason[static_cast<int>( engine::MatchReason::NoSuchNumber )], 1 );

  // The second pass: counts by feature id.
  QgsFeatureIterator second = households->getFeatures();
  QStringList counts;
  while ( second.nextFeature( household ) )
    counts << QStringLiteral( "%1=%2" ).arg( household.attribute( 0 ).toString() ).arg( file->membersAt( household.id() ) );
  EXPECT_EQ( counts.join( ',' ), QStringLiteral( "a=2,b=1,c=0" ) );

  // The unmatched members, into any sink.
  auto sinkLayer = memoryLayer( QStringLiteral( "None?field=postcode:string&field=huisnummer:integer&field=toevoeging:string&field=unmatched_reason:string" ) );
  EXPECT_EQ( file->unmatchedFields().names(), sinkLayer->fields().names() );
  EXPECT_EQ( file->unmatchedWkbType(), compat::WkbNoGeometry );
  EXPECT_EQ( file->writeUnmatched( *sinkLayer->dataProvider(), QStringLiteral( "TEST" ), &feedback ), 1 );
  QgsFeature unmatched;
  sinkLayer->getFeatures().nextFeature( unmatched );
  EXPECT_EQ( unmatched.attribute( 3 ).toString(), QStringLiteral( "no_such_number" ) );
  EXPECT_EQ( unmatched.attribute( 1 ).toInt(), 3 );
}

TEST( MemberFile, AnAdditionFieldGivenThatIsMissingIsAnErrorTheDefaultIsNot )
{
  QgsProcessingContext context;
  auto households = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=postcode:string&field=huisnummer:integer" ) );
  auto members = memoryLayer( QStringLiteral( "None?field=postcode:string&field=huisnummer:integer" ) );
  QVariantMap parameters{ { QStringLiteral( "HOUSEHOLDS" ), QVariant::fromValue( households.get() ) }, { QStringLiteral( "MEMBERS" ), QVariant::fromValue( members.get() ) } };
  EXPECT_TRUE( MemberFile::fromParameters( host(), parameters, context, households->fields(), QStringLiteral( "HOUSEHOLDS" ) ) );
  parameters.insert( QStringLiteral( "MEMBER_ADDITION" ), QStringLiteral( "toevoeging" ) );
  try
  {
    MemberFile::fromParameters( host(), parameters, context, households->fields(), QStringLiteral( "HOUSEHOLDS" ) );
    FAIL() << "no exception";
  }
  catch ( const QgsProcessingException &error )
  {
    EXPECT_EQ( error.what(), QStringLiteral( "MEMBERS has no field \"toevoeging\" (MEMBER_ADDITION). Choose the field that holds the house-number addition (A, bis, 2); the fields are: postcode, huisnummer." ) );
  }
}

TEST( MemberFile, MisuseAndAChangingMemberFileAreReported )
{
  QgsProcessingContext context;
  auto households = memoryLayer( QStringLiteral( "Point?crs=EPSG:28992&field=postcode:string&field=huisnummer:integer" ) );
  addFeature( households.get(), { "1234AB", 1 }, QStringLiteral( "POINT(0 0)" ) );
  auto members = memoryLayer( QStringLiteral( "None?field=postcode:string&field=huisnummer:integer" ) );
  addFeature( members.get(), { "1234AB", 1 } );
  addFeature( members.get(), { "1234AB", 2 } );
  const QVariantMap parameters{ { QStringLiteral( "HOUSEHOLDS" ), QVariant::fromValue( households.get() ) }, { QStringLiteral( "MEMBERS" ), QVariant::fromValue( members.get() ) } };

  // An algorithm without the member parameters.
  const std::unique_ptr<QgsProcessingAlgorithm> bare( QgsApplication::processingRegistry()->createAlgorithmById( QStringLiteral( "targetgroup:areareport" ) ) );
  ASSERT_TRUE( bare );
  EXPECT_THROW( MemberFile::fromParameters( *bare, parameters, context, households->fields(), QStringLiteral( "HOUSEHOLDS" ) ), QgsProcessingException );

  auto file = MemberFile::fromParameters( host(), parameters, context, households->fields(), QStringLiteral( "HOUSEHOLDS" ) );
  ASSERT_TRUE( file );
  RecordingFeedback feedback;
  ASSERT_TRUE( file->readMembers( &feedback ) );
  auto sink = memoryLayer( QStringLiteral( "None?field=postcode:string&field=huisnummer:integer&field=unmatched_reason:string" ) );
  EXPECT_THROW( file->writeUnmatched( *sink->dataProvider(), QStringLiteral( "TEST" ), &feedback ), QgsProcessingException ); // before finish()
  ASSERT_TRUE( file->readHouseholds( *households->dataProvider(), &feedback ) );
  file->finish( &feedback );
  EXPECT_EQ( file->summary().matched, 1 );

  // A row added to the member file between the passes.
  addFeature( members.get(), { "1234AB", 3 } );
  try
  {
    file->writeUnmatched( *sink->dataProvider(), QStringLiteral( "TEST" ), &feedback );
    FAIL() << "no exception";
  }
  catch ( const QgsProcessingException &error )
  {
    EXPECT_TRUE( error.what().contains( QStringLiteral( "The member file MEMBERS changed while it was read" ) ) ) << error.what().toStdString();
  }

  // Canceled passes stop and say so.
  auto again = MemberFile::fromParameters( host(), parameters, context, households->fields(), QStringLiteral( "HOUSEHOLDS" ) );
  RecordingFeedback canceled;
  canceled.cancel();
  EXPECT_FALSE( again->readMembers( &canceled ) );
}
