// Reading the sums of an unsuppressed area layer: the fields, the refusals.

#include "common/areatotals.h"

#include "testlayers.h"

#include <gtest/gtest.h>
#include <qgsexception.h>

using namespace targetgroup;
using namespace targetgroup::test;

namespace
{

const QString kUri = QStringLiteral( "Polygon?crs=EPSG:28992&field=statcode:string&field=hh_total:long&field=tg_expected:double&field=tg_variance:double"
                                     "&field=tg_ref:long&field=mem_total:long&field=mem_tg_expected:double&field=suppressed:integer" );

QgsFeature featureOf( QgsVectorLayer &layer, const QVariantList &attributes )
{
  addFeature( &layer, attributes );
  QgsFeature feature;
  QgsFeatureIterator features = layer.getFeatures();
  QgsFeature last;
  while ( features.nextFeature( feature ) )
    last = feature;
  return last;
}

QString refusal( QgsVectorLayer &layer, const QVariantList &attributes )
{
  const AreaTotalsFields fields = AreaTotalsFields::locate( layer.fields(), QStringLiteral( "AREAS" ) );
  try
  {
    readAreaTotals( featureOf( layer, attributes ), fields, QStringLiteral( "Area X" ), QStringLiteral( "Run it with MIN_COUNT 0." ) );
  }
  catch ( const QgsProcessingException &error )
  {
    return error.what();
  }
  return QString();
}

} // namespace

TEST( AreaTotals, LocatesTheFieldsOrNamesTheMissingOne )
{
  auto layer = memoryLayer( kUri );
  const AreaTotalsFields fields = AreaTotalsFields::locate( layer->fields(), QStringLiteral( "AREAS" ) );
  EXPECT_EQ( fields.households, 1 );
  EXPECT_EQ( fields.suppressed, 7 );
  EXPECT_EQ( fields.attributes(), ( QgsAttributeList{ 1, 2, 3, 4, 5, 6, 7 } ) );

  auto partial = memoryLayer( QStringLiteral( "Polygon?crs=EPSG:28992&field=hh_total:long" ) );
  try
  {
    AreaTotalsFields::locate( partial->fields(), QStringLiteral( "INPUT" ) );
    FAIL() << "a layer without tg_expected was accepted";
  }
  catch ( const QgsProcessingException &error )
  {
    EXPECT_TRUE( error.what().startsWith( QStringLiteral( "INPUT has no field \"tg_expected\"" ) ) ) << error.what().toStdString();
  }
}

TEST( AreaTotals, ReadsTheSumsWithAndWithoutMembership )
{
  auto layer = memoryLayer( kUri );
  const AreaTotalsFields fields = AreaTotalsFields::locate( layer->fields(), QStringLiteral( "AREAS" ) );
  AreaTotalsRead read = readAreaTotals( featureOf( *layer, { QStringLiteral( "WK01" ), 20, 4.0, 3.2, 2, 5, 1.5, 0 } ), fields, QStringLiteral( "Area" ), QString() );
  EXPECT_EQ( read.totals.households, 20 );
  EXPECT_DOUBLE_EQ( read.totals.expected, 4.0 );
  EXPECT_DOUBLE_EQ( read.totals.variance, 3.2 );
  EXPECT_EQ( read.totals.reference, 2 );
  EXPECT_EQ( read.totals.members, 5 );
  EXPECT_DOUBLE_EQ( read.totals.memberExpected, 1.5 );
  EXPECT_TRUE( read.hasMembership );
  read = readAreaTotals( featureOf( *layer, { QStringLiteral( "WK02" ), 20, 4.0, 3.2, 2, QVariant(), QVariant(), 0 } ), fields, QStringLiteral( "Area" ), QString() );
  EXPECT_FALSE( read.hasMembership );
  EXPECT_EQ( read.totals.members, 0 );
}

TEST( AreaTotals, RefusesSuppressedMissingAndImpossibleSums )
{
  auto layer = memoryLayer( kUri );
  EXPECT_EQ( refusal( *layer, { QStringLiteral( "WK01" ), 3, QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), 1 } ),
             QStringLiteral( "Area X is suppressed, so its sums are withheld and a sum over it would undercount. Run it with MIN_COUNT 0." ) );
  EXPECT_TRUE( refusal( *layer, { QStringLiteral( "WK01" ), 3, QVariant(), 0.1, 0, 0, 0.0, 0 } ).contains( QStringLiteral( "Area X has no value in \"tg_expected\"" ) ) );
  // Expected above the households, variance above the expected, reference above the households, members above the households.
  EXPECT_TRUE( refusal( *layer, { QStringLiteral( "WK01" ), 3, 4.0, 1.0, 0, 0, 0.0, 0 } ).contains( QStringLiteral( "tg_expected = 4 is outside 0 to hh_total = 3" ) ) );
  EXPECT_TRUE( refusal( *layer, { QStringLiteral( "WK01" ), 3, 1.0, 2.0, 0, 0, 0.0, 0 } ).contains( QStringLiteral( "tg_variance = 2 is outside 0 to tg_expected = 1" ) ) );
  EXPECT_TRUE( refusal( *layer, { QStringLiteral( "WK01" ), 3, 1.0, 0.5, 4, 0, 0.0, 0 } ).contains( QStringLiteral( "tg_ref = 4 is more than hh_total = 3" ) ) );
  EXPECT_TRUE( refusal( *layer, { QStringLiteral( "WK01" ), 3, 1.0, 0.5, 0, 4, 0.0, 0 } ).contains( QStringLiteral( "the membership figures" ) ) );
  EXPECT_TRUE( refusal( *layer, { QStringLiteral( "WK01" ), -3, 0.0, 0.0, 0, 0, 0.0, 0 } ).contains( QStringLiteral( "a negative count" ) ) );
}
