// Selecting households by expression: one wording of errors, NULL is false,
// an empty expression selects everything, requests ask only for what is read.

#include "common/householdselection.h"

#include "testlayers.h"

#include <gtest/gtest.h>
#include <qgsexception.h>

using namespace targetgroup;
using namespace targetgroup::test;

namespace
{

QgsFields householdFields()
{
  QgsFields fields;
  fields.append( QgsField( QStringLiteral( "is_member" ), QVariant::Int ) );
  fields.append( QgsField( QStringLiteral( "lang" ), QVariant::String ) );
  fields.append( QgsField( QStringLiteral( "age" ), QVariant::Int ) );
  return fields;
}

QString errorOf( const QString &text )
{
  QgsExpressionContext context;
  try
  {
    HouseholdSelection selection( QStringLiteral( "MEMBER" ), text, householdFields(), QStringLiteral( "INPUT" ), context );
  }
  catch ( const QgsProcessingException &error )
  {
    return error.what();
  }
  return QString();
}

} // namespace

TEST( HouseholdSelection, ErrorsNameTheParameterTheExpressionAndTheProblem )
{
  const QString parse = errorOf( QStringLiteral( "\"is_member\" = = 1" ) );
  EXPECT_TRUE( parse.startsWith( QStringLiteral( "The MEMBER expression \"is_member\" = = 1 cannot be parsed" ) ) ) << parse.toStdString();

  const QString field = errorOf( QStringLiteral( "\"member_id\" IS NOT NULL" ) );
  EXPECT_TRUE( field.contains( QStringLiteral( "uses the field \"member_id\", which INPUT does not have" ) ) ) << field.toStdString();
  EXPECT_TRUE( field.contains( QStringLiteral( "is_member, lang, age" ) ) ) << field.toStdString();

  EXPECT_TRUE( errorOf( QStringLiteral( "\"is_member\" = 1" ) ).isEmpty() );
  EXPECT_TRUE( errorOf( QStringLiteral( "  " ) ).isEmpty() );
}

TEST( HouseholdSelection, SelectsTrueValuesNullIsFalseEmptySelectsAll )
{
  const QgsFields fields = householdFields();
  QgsExpressionContext context;
  HouseholdSelection members( QStringLiteral( "MEMBER" ), QStringLiteral( "\"is_member\"" ), fields, QStringLiteral( "INPUT" ), context );
  HouseholdSelection everyone( QStringLiteral( "BASE" ), QString(), fields, QStringLiteral( "INPUT" ), context );
  EXPECT_TRUE( everyone.selectsAll() );
  EXPECT_FALSE( members.selectsAll() );

  QgsFeature household( fields, 1 );
  for ( const auto &[value, expected] : std::vector<std::pair<QVariant, bool>>{ { 1, true }, { 0, false }, { QVariant(), false } } )
  {
    household.setAttributes( QgsAttributes() << value << QStringLiteral( "nl" ) << 40 );
    context.setFeature( household );
    EXPECT_EQ( members.selects( context, household ), expected ) << value.toString().toStdString();
    EXPECT_TRUE( everyone.selects( context, household ) );
  }
}

TEST( HouseholdSelection, EvaluationErrorNamesTheHousehold )
{
  const QgsFields fields = householdFields();
  QgsExpressionContext context;
  HouseholdSelection seed( QStringLiteral( "SEED" ), QStringLiteral( "to_int(\"lang\") > 1" ), fields, QStringLiteral( "INPUT" ), context );
  QgsFeature household( fields, 42 );
  household.setAttributes( QgsAttributes() << 1 << QStringLiteral( "nl" ) << 40 );
  context.setFeature( household );
  try
  {
    seed.selects( context, household );
    FAIL() << "expected an evaluation error";
  }
  catch ( const QgsProcessingException &error )
  {
    const QString message = error.what();
    EXPECT_TRUE( message.contains( QStringLiteral( "The SEED expression to_int(\"lang\") > 1 failed on household 42" ) ) ) << message.toStdString();
  }
}

TEST( HouseholdSelection, RequestAsksOnlyForTheFieldsRead )
{
  const QgsFields fields = householdFields();
  QgsExpressionContext context;
  HouseholdSelection seed( QStringLiteral( "SEED" ), QStringLiteral( "\"lang\" = 'nl'" ), fields, QStringLiteral( "INPUT" ), context );
  QgsFeatureRequest request;
  restrictRequest( request, fields, { QStringLiteral( "age" ) }, { &seed }, false );
  QgsAttributeList attributes = request.subsetOfAttributes();
  std::sort( attributes.begin(), attributes.end() );
  EXPECT_EQ( attributes, ( QgsAttributeList{ 1, 2 } ) );
  EXPECT_TRUE( request.flags() & QgsFeatureRequest::NoGeometry );

  HouseholdSelection all( QStringLiteral( "SEED" ), QStringLiteral( "array_length(attributes()) > 0" ), fields, QStringLiteral( "INPUT" ), context );
  QgsFeatureRequest everything;
  restrictRequest( everything, fields, {}, { &all }, true );
  EXPECT_FALSE( everything.flags() & QgsFeatureRequest::SubsetOfAttributes );
  EXPECT_FALSE( everything.flags() & QgsFeatureRequest::NoGeometry );
}
