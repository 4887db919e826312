#include "common/profilevalidator.h"

#include "common/fieldvalues.h"
#include "common/profilefile.h"

#include <qgsexception.h>
#include <qgsfields.h>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QObject>
#include <QStringList>

#include <algorithm>
#include <climits>
#include <cmath>

namespace targetgroup
{

namespace
{

//! Values longer than this are cut in messages: a hostile file can hold megabytes in one string.
constexpr int kMaxShownLength = 60;

//! The value as it stands in the file: numbers without rounding noise, text quoted.
QString jsonText( const QJsonValue &value )
{
  switch ( value.type() )
  {
  case QJsonValue::Double:
  {
    // Whole numbers digit for digit (9223372036854775808, not 9.2e+18), as they were written.
    const double number = value.toDouble();
    if ( number == std::floor( number ) && std::fabs( number ) < 1e21 )
      return QString::number( number, 'f', 0 );
    return QString::number( number, 'g', QLocale::FloatingPointShortest );
  }
  case QJsonValue::Bool:
    return value.toBool() ? QStringLiteral( "true" ) : QStringLiteral( "false" );
  case QJsonValue::Null:
  case QJsonValue::Undefined:
    return QStringLiteral( "null" );
  case QJsonValue::String:
  case QJsonValue::Array:
  case QJsonValue::Object:
    break;
  }
  const QByteArray wrapped = QJsonDocument( QJsonArray{ value } ).toJson( QJsonDocument::Compact );
  const QString text = QString::fromUtf8( wrapped.mid( 1, wrapped.size() - 2 ) );
  return text.size() > kMaxShownLength ? text.left( kMaxShownLength - 1 ) + QChar( 0x2026 ) : text;
}

//! The value for a message: text is marked as such, so that "12" (text) is not mistaken for the number 12.
QString shown( const QJsonValue &value )
{
  const QString text = jsonText( value );
  return value.isString() ? QStringLiteral( "%1 (%2)" ).arg( text, QObject::tr( "text" ) ) : text;
}

QString quoted( const QString &text )
{
  return jsonText( QJsonValue( text ) );
}

QString memberPath( const QString &objectPath, const QString &name )
{
  return objectPath.isEmpty() ? name : objectPath + QLatin1Char( '.' ) + name;
}

QString elementPath( const QString &arrayPath, int index )
{
  return arrayPath + QLatin1Char( '[' ) + QString::number( index ) + QLatin1Char( ']' );
}

//! Adds without overflow: past kMaxProfileCount a sum can equal no count any more.
long long saturatedSum( long long sum, long long count )
{
  return std::min( sum + count, kMaxProfileCount + 1 );
}

//! One pass over a parsed profile file: every member is checked as it is converted.
class ProfileChecker
{
public:
  explicit ProfileChecker( const QString &source )
      : mSource( source )
  {
  }

  engine::Profile check( const QJsonDocument &document ) const
  {
    if ( document.isArray() )
      throw QgsProcessingException( QObject::tr( "Profile %1 is a JSON array; a profile is a JSON object with \"format\": \"%2\". "
                                                 "Choose a .json file written by 'Build target group profile'." )
                                        .arg( mSource, kProfileFormatName ) );
    if ( !document.isObject() )
      throw QgsProcessingException( QObject::tr( "Profile %1 is empty; a profile is a JSON object with \"format\": \"%2\". "
                                                 "Choose a .json file written by 'Build target group profile'." )
                                        .arg( mSource, kProfileFormatName ) );
    const QJsonObject root = document.object();
    engine::Profile profile;
    profile.formatVersion = checkFormat( root );
    text( root, QString(), QStringLiteral( "generator" ) );
    text( root, QString(), QStringLiteral( "created" ) );
    profile.seedExpression = text( root, QString(), QStringLiteral( "seed_expression" ) ).toStdString();
    profile.baseExpression = text( root, QString(), QStringLiteral( "base_expression" ) ).toStdString();
    profile.seedCount = count( root, QString(), QStringLiteral( "seed_count" ), 1 );
    profile.baseCount = count( root, QString(), QStringLiteral( "base_count" ), 1 );
    if ( profile.seedCount > profile.baseCount )
      fail( QStringLiteral( "seed_count" ), root.value( QStringLiteral( "seed_count" ) ),
            QObject::tr( "it must not exceed %1 (%2): the seed is part of the base" ).arg( QStringLiteral( "base_count" ), QString::number( profile.baseCount ) ) );
    profile.bins = static_cast<int>( count( root, QString(), QStringLiteral( "bins" ), 2, INT_MAX ) );
    profile.minCell = static_cast<int>( count( root, QString(), QStringLiteral( "min_cell" ), 1, INT_MAX ) );
    const QString priorRequirement = QObject::tr( "it must be a number of 0 or more" );
    profile.priorStrength = number( root, QString(), QStringLiteral( "prior_strength" ), priorRequirement );
    if ( profile.priorStrength < 0 )
      fail( QStringLiteral( "prior_strength" ), profile.priorStrength, priorRequirement );
    if ( profile.formatVersion >= 2 )
      checkLogisticModel( root, profile );

    const QString fieldsPath = QStringLiteral( "fields" );
    const QJsonArray fields = array( root, QString(), fieldsPath );
    QHash<QString, QString> fieldNamePaths;
    for ( int i = 0; i < fields.size(); ++i )
    {
      const QString path = elementPath( fieldsPath, i );
      engine::ProfileField field = checkField( object( fields.at( i ), path ), path, profile );
      const QString name = QString::fromStdString( field.name );
      const auto earlier = fieldNamePaths.constFind( name );
      if ( earlier != fieldNamePaths.constEnd() )
        fail( memberPath( path, QStringLiteral( "name" ) ), name, QObject::tr( "%1 has the same name; field names must be unique" ).arg( earlier.value() ) );
      fieldNamePaths.insert( name, memberPath( path, QStringLiteral( "name" ) ) );
      profile.fields.push_back( std::move( field ) );
    }
    if ( profile.formatVersion >= 2 )
      checkSelfAssessment( root, profile );
    return profile;
  }

private:
  int checkFormat( const QJsonObject &root ) const
  {
    const QJsonValue format = root.value( QStringLiteral( "format" ) );
    if ( format.isUndefined() )
      throw QgsProcessingException( QObject::tr( "%1 is not a targetgroup profile: it has no \"format\" member (a profile has \"format\": \"%2\"). "
                                                 "Choose a .json file written by 'Build target group profile'." )
                                        .arg( mSource, kProfileFormatName ) );
    if ( format.toString() != kProfileFormatName )
      throw QgsProcessingException( QObject::tr( "%1 is not a targetgroup profile: its \"format\" is %2, not \"%3\". "
                                                 "Choose a .json file written by 'Build target group profile'." )
                                        .arg( mSource, shown( format ), kProfileFormatName ) );

    const QString versionPath = QStringLiteral( "format_version" );
    const QString versionRequirement = QObject::tr( "it must be the whole number %1 or %2" ).arg( engine::kOldestProfileFormatVersion ).arg( engine::kProfileFormatVersion );
    const QJsonValue version = member( root, QString(), versionPath, versionRequirement );
    const double versionNumber = version.toDouble();
    if ( !version.isDouble() || !std::isfinite( versionNumber ) || versionNumber != std::floor( versionNumber ) )
      fail( versionPath, version, versionRequirement );
    if ( versionNumber < engine::kOldestProfileFormatVersion || versionNumber > engine::kProfileFormatVersion )
      throw QgsProcessingException( QObject::tr( "Profile %1 has format version %2, but this version of targetgroup reads format versions %3 to %4. Rebuild the profile with 'Build target group profile'." )
                                        .arg( mSource, jsonText( version ), QString::number( engine::kOldestProfileFormatVersion ), QString::number( engine::kProfileFormatVersion ) ) );
    return static_cast<int>( versionNumber );
  }

  //! Format version 2: "logistic_model" (object or null); its coefficients are read with the categories.
  void checkLogisticModel( const QJsonObject &root, engine::Profile &profile ) const
  {
    const QString path = QStringLiteral( "logistic_model" );
    const QJsonValue value = member( root, QString(), path, QObject::tr( "a format version 2 profile holds the PU logistic model, or null" ) );
    if ( value.isNull() )
      return;
    const QJsonObject model = object( value, path );
    engine::ProfileLogisticModel &result = profile.logisticModel;
    result.present = true;
    result.intercept = number( model, path, QStringLiteral( "intercept" ), QObject::tr( "it must be a number" ) );
    const QString l2Requirement = QObject::tr( "it must be a number greater than 0" );
    result.l2 = number( model, path, QStringLiteral( "penalty" ), l2Requirement );
    if ( !( result.l2 > 0 ) )
      fail( memberPath( path, QStringLiteral( "penalty" ) ), result.l2, l2Requirement );
    result.seedRows = count( model, path, QStringLiteral( "seed_rows" ), 1 );
    result.unlabelledRows = count( model, path, QStringLiteral( "unlabelled_rows" ), 1 );
    result.unlabelledTotal = count( model, path, QStringLiteral( "unlabelled_total" ), result.unlabelledRows );
    result.iterations = static_cast<int>( count( model, path, QStringLiteral( "iterations" ), 0, INT_MAX ) );
    result.converged = boolean( model, path, QStringLiteral( "converged" ) );
  }

  //! Format version 2: "self_assessment" (object or null).
  void checkSelfAssessment( const QJsonObject &root, engine::Profile &profile ) const
  {
    const QString path = QStringLiteral( "self_assessment" );
    const QJsonValue value = member( root, QString(), path, QObject::tr( "a format version 2 profile holds the self-assessment, or null" ) );
    if ( value.isNull() )
      return;
    const QJsonObject assessment = object( value, path );
    engine::ProfileSelfAssessment &result = profile.selfAssessment;
    result.folds = static_cast<int>( count( assessment, path, QStringLiteral( "folds" ), 2, INT_MAX ) );
    auto quality = [&]( const QString &name, engine::RankingQuality &target )
    {
      const QString qualityPath = memberPath( path, name );
      const QJsonObject qualityObject = object( member( assessment, path, name, QObject::tr( "it must be an object" ) ), qualityPath );
      const QString shareRequirement = QObject::tr( "it must be a share from 0 to 1" );
      const std::pair<const char *, double *> shares[] = { { "recall_top10", &target.recallTop10 }, { "recall_top20", &target.recallTop20 }, { "auc", &target.auc } };
      for ( const auto &[shareName, shareTarget] : shares )
      {
        *shareTarget = number( qualityObject, qualityPath, QLatin1String( shareName ), shareRequirement );
        if ( !( *shareTarget >= 0 && *shareTarget <= 1 ) )
          fail( memberPath( qualityPath, QLatin1String( shareName ) ), *shareTarget, shareRequirement );
      }
      target.heldOut = count( qualityObject, qualityPath, QStringLiteral( "held_out" ), 1 );
    };
    quality( QStringLiteral( "likelihood" ), result.likelihood );
    quality( QStringLiteral( "pu_logistic" ), result.puLogistic );
    const QString errorRequirement = QObject::tr( "it must be a number of 0 or more (the standard error of the AUC difference)" );
    result.aucDifferenceError = number( assessment, path, QStringLiteral( "auc_difference_se" ), errorRequirement );
    if ( result.aucDifferenceError < 0 )
      fail( memberPath( path, QStringLiteral( "auc_difference_se" ) ), result.aucDifferenceError, errorRequirement );
    const QString methodRequirement = profile.logisticModel.present ? QObject::tr( "it must be \"likelihood\" or \"pu_logistic\"" )
                                                                    : QObject::tr( "it must be \"likelihood\" (logistic_model is null)" );
    const QString method = text( assessment, path, QStringLiteral( "recommended_method" ) );
    if ( method == QLatin1String( engine::scoringMethodName( engine::ScoringMethod::ProfileLikelihood ) ) )
      result.recommended = engine::ScoringMethod::ProfileLikelihood;
    else if ( method == QLatin1String( engine::scoringMethodName( engine::ScoringMethod::PuLogistic ) ) && profile.logisticModel.present )
      result.recommended = engine::ScoringMethod::PuLogistic;
    else
      fail( memberPath( path, QStringLiteral( "recommended_method" ) ), method, methodRequirement );
  }

  engine::ProfileField checkField( const QJsonObject &fieldObject, const QString &path, const engine::Profile &profile ) const
  {
    engine::ProfileField field;
    const QString name = text( fieldObject, path, QStringLiteral( "name" ) );
    if ( name.isEmpty() )
      fail( memberPath( path, QStringLiteral( "name" ) ), name, QObject::tr( "it must be the name of a field of the household layer, not empty" ) );
    field.name = name.toStdString();

    const QString kindRequirement = QObject::tr( "it must be \"categorical\" or \"binned\"" );
    const QJsonValue kind = member( fieldObject, path, QStringLiteral( "kind" ), kindRequirement );
    if ( kind.toString() == QLatin1String( "binned" ) )
      field.kind = engine::FieldKind::Binned;
    else if ( kind.toString() == QLatin1String( "categorical" ) )
      field.kind = engine::FieldKind::Categorical;
    else
      fail( memberPath( path, QStringLiteral( "kind" ) ), kind, kindRequirement );

    field.numericSource = boolean( fieldObject, path, QStringLiteral( "numeric_source" ) );
    if ( field.kind == engine::FieldKind::Binned && !field.numericSource )
      fail( memberPath( path, QStringLiteral( "numeric_source" ) ), false,
            QObject::tr( "text cannot be binned: a field with kind \"binned\" has numeric_source true" ) );
    field.usedForScoring = boolean( fieldObject, path, QStringLiteral( "used_for_scoring" ) );
    const QString weightRequirement = QObject::tr( "it must be a number greater than 0 and at most 1" );
    field.scoringWeight = number( fieldObject, path, QStringLiteral( "scoring_weight" ), weightRequirement );
    if ( !( field.scoringWeight > 0 && field.scoringWeight <= 1 ) )
      fail( memberPath( path, QStringLiteral( "scoring_weight" ) ), field.scoringWeight, weightRequirement );

    field.binEdges = checkBinEdges( fieldObject, path, field.kind, profile.bins );
    QHash<QString, QString> labelPaths;
    checkCategories( fieldObject, path, profile, field, labelPaths );
    checkMergedIntoOther( fieldObject, path, field, labelPaths );
    return field;
  }

  //! The categories of a field; `labelPaths` receives the path of each label.
  void checkCategories( const QJsonObject &fieldObject, const QString &path, const engine::Profile &profile, engine::ProfileField &field, QHash<QString, QString> &labelPaths ) const
  {
    const QString categoriesPath = memberPath( path, QStringLiteral( "categories" ) );
    const QJsonArray categories = array( fieldObject, path, QStringLiteral( "categories" ) );
    long long seedSum = 0;
    long long baseSum = 0;
    for ( int i = 0; i < categories.size(); ++i )
    {
      const QString categoryPath = elementPath( categoriesPath, i );
      const QJsonObject categoryObject = object( categories.at( i ), categoryPath );
      engine::ProfileCategory category;
      const QString labelPath = memberPath( categoryPath, QStringLiteral( "label" ) );
      const QString label = text( categoryObject, categoryPath, QStringLiteral( "label" ) );
      checkNewLabel( labelPath, label, labelPaths );
      checkLabelFitsField( labelPath, label, field, true );
      category.label = label.toStdString();
      category.seedCount = count( categoryObject, categoryPath, QStringLiteral( "seed_n" ), 0 );
      category.baseCount = count( categoryObject, categoryPath, QStringLiteral( "base_n" ), 0 );
      if ( profile.logisticModel.present && field.usedForScoring )
      {
        category.coefficient = number( categoryObject, categoryPath, QStringLiteral( "coefficient" ), QObject::tr( "it must be a number (the PU logistic coefficient of a scoring field's category)" ) );
        const QString errorRequirement = QObject::tr( "it must be a number of 0 or more (the standard error of the coefficient)" );
        category.coefficientError = number( categoryObject, categoryPath, QStringLiteral( "coefficient_se" ), errorRequirement );
        if ( category.coefficientError < 0 )
          fail( memberPath( categoryPath, QStringLiteral( "coefficient_se" ) ), category.coefficientError, errorRequirement );
      }
      if ( category.seedCount > category.baseCount )
        fail( memberPath( categoryPath, QStringLiteral( "seed_n" ) ), static_cast<double>( category.seedCount ),
              QObject::tr( "it must not exceed %1 (%2): the seed is part of the base" ).arg( memberPath( categoryPath, QStringLiteral( "base_n" ) ), QString::number( category.baseCount ) ) );
      seedSum = saturatedSum( seedSum, category.seedCount );
      baseSum = saturatedSum( baseSum, category.baseCount );
      field.categories.push_back( std::move( category ) );
    }
    checkSum( categoriesPath, QStringLiteral( "seed_n" ), seedSum, QStringLiteral( "seed_count" ), profile.seedCount );
    checkSum( categoriesPath, QStringLiteral( "base_n" ), baseSum, QStringLiteral( "base_count" ), profile.baseCount );
  }

  //! The labels merged into "(other)": neither a category nor twice, and only where "(other)" exists.
  void checkMergedIntoOther( const QJsonObject &fieldObject, const QString &path, engine::ProfileField &field, const QHash<QString, QString> &categoryPaths ) const
  {
    const QString mergedPath = memberPath( path, QStringLiteral( "merged_into_other" ) );
    const QJsonArray merged = array( fieldObject, path, QStringLiteral( "merged_into_other" ) );
    QHash<QString, QString> mergedPaths;
    for ( int i = 0; i < merged.size(); ++i )
    {
      const QString labelPath = elementPath( mergedPath, i );
      if ( !merged.at( i ).isString() )
        fail( labelPath, merged.at( i ), QObject::tr( "it must be text" ) );
      const QString label = merged.at( i ).toString();
      checkNewLabel( labelPath, label, mergedPaths );
      const auto category = categoryPaths.constFind( label );
      if ( category != categoryPaths.constEnd() )
        fail( labelPath, label, QObject::tr( "%1 has the same label; a value is either a category or merged into \"(other)\", not both" ).arg( category.value() ) );
      if ( !categoryPaths.contains( QLatin1String( engine::kOtherCategory ) ) )
        fail( labelPath, label, QObject::tr( "the field has no \"(other)\" category to merge it into" ) );
      checkLabelFitsField( labelPath, label, field, false );
      field.mergedIntoOther.push_back( label.toStdString() );
    }
  }

  //! A label is not empty and not yet in `seenPaths`, which then holds it.
  void checkNewLabel( const QString &labelPath, const QString &label, QHash<QString, QString> &seenPaths ) const
  {
    if ( label.isEmpty() )
      fail( labelPath, label, QObject::tr( "it must not be empty (empty values are in \"(missing)\")" ) );
    const auto earlier = seenPaths.constFind( label );
    if ( earlier != seenPaths.constEnd() )
      fail( labelPath, label, QObject::tr( "%1 has the same label; the labels of a field must be unique" ).arg( earlier.value() ) );
    seenPaths.insert( label, labelPath );
  }

  /**
   * A label scoring can meet: in a binned field a bin of its edges, in a numeric
   * categorical field a number key (engine::numberKey()); "(missing)" anywhere,
   * "(other)" when `allowOther`. Any other label would never match a value.
   */
  void checkLabelFitsField( const QString &labelPath, const QString &label, const engine::ProfileField &field, bool allowOther ) const
  {
    if ( label == QLatin1String( engine::kMissingCategory ) || ( allowOther && label == QLatin1String( engine::kOtherCategory ) ) )
      return;
    if ( field.kind == engine::FieldKind::Binned )
    {
      QStringList binLabels;
      for ( size_t bin = 0; bin <= field.binEdges.size(); ++bin )
        binLabels << quoted( QString::fromStdString( engine::binLabel( field.binEdges, static_cast<int>( bin ) ) ) );
      if ( !binLabels.contains( quoted( label ) ) )
        fail( labelPath, label, QObject::tr( "it must be one of the bins of bin_edges (%1), \"(missing)\" or \"(other)\"" ).arg( binLabels.join( QLatin1String( ", " ) ) ) );
      return;
    }
    if ( !field.numericSource )
      return;
    bool isNumber = false;
    const double value = label.toDouble( &isNumber );
    if ( !isNumber || QString::fromStdString( engine::numberKey( value ) ) != label )
      fail( labelPath, label, QObject::tr( "the field is numeric (numeric_source true), so it must be a number written as \"3\" or \"2.5\", \"(missing)\" or \"(other)\"" ) );
  }

  std::vector<double> checkBinEdges( const QJsonObject &fieldObject, const QString &path, engine::FieldKind kind, int bins ) const
  {
    const QString edgesPath = memberPath( path, QStringLiteral( "bin_edges" ) );
    const QJsonArray edgeValues = array( fieldObject, path, QStringLiteral( "bin_edges" ) );
    if ( kind == engine::FieldKind::Categorical && !edgeValues.isEmpty() )
      fail( edgesPath, edgeValues, QObject::tr( "a field with kind \"categorical\" has no bin edges: it must be []" ) );
    if ( edgeValues.size() > bins - 1 )
      fail( edgesPath, edgeValues, QObject::tr( "it holds %1 edges, but bins is %2: a binned field has at most bins − 1 edges" ).arg( QString::number( edgeValues.size() ), QString::number( bins ) ) );
    std::vector<double> edges;
    for ( int i = 0; i < edgeValues.size(); ++i )
    {
      const QString edgePath = elementPath( edgesPath, i );
      const QJsonValue edge = edgeValues.at( i );
      if ( !edge.isDouble() || !std::isfinite( edge.toDouble() ) )
        fail( edgePath, edge, QObject::tr( "it must be a number" ) );
      if ( !edges.empty() && !( edge.toDouble() > edges.back() ) )
        fail( edgePath, edge, QObject::tr( "it must be greater than %1 (%2): bin edges ascend strictly" ).arg( elementPath( edgesPath, i - 1 ), jsonText( edges.back() ) ) );
      edges.push_back( edge.toDouble() );
    }
    return edges;
  }

  void checkSum( const QString &categoriesPath, const QString &countName, long long sum, const QString &totalName, long long total ) const
  {
    if ( sum == total )
      return;
    const QString shownSum = sum > kMaxProfileCount ? QStringLiteral( "> %1" ).arg( kMaxProfileCount ) : QString::number( sum );
    throw QgsProcessingException( QObject::tr( "Profile %1: the %2 of %3 add up to %4, but %5 is %6; every household is in exactly one category of each field. "
                                               "Rebuild the profile with 'Build target group profile'." )
                                      .arg( mSource, countName, categoriesPath, shownSum, totalName, QString::number( total ) ) );
  }

  [[noreturn]] void fail( const QString &path, const QJsonValue &value, const QString &requirement ) const
  {
    throw QgsProcessingException( QObject::tr( "Profile %1: %2 is %3; %4. Rebuild the profile with 'Build target group profile'." )
                                      .arg( mSource, path, shown( value ), requirement ) );
  }

  //! The member `name` of an object; throws naming its path when it is absent.
  QJsonValue member( const QJsonObject &object, const QString &objectPath, const QString &name, const QString &requirement ) const
  {
    const QJsonValue value = object.value( name );
    if ( value.isUndefined() )
      throw QgsProcessingException( QObject::tr( "Profile %1: %2 is missing; %3. Rebuild the profile with 'Build target group profile'." )
                                        .arg( mSource, memberPath( objectPath, name ), requirement ) );
    return value;
  }

  //! The member `name`, of JSON type `type`; throws with `requirement` when it is absent or of another type.
  QJsonValue typed( const QJsonObject &object, const QString &objectPath, const QString &name, QJsonValue::Type type, const QString &requirement ) const
  {
    const QJsonValue value = member( object, objectPath, name, requirement );
    if ( value.type() != type )
      fail( memberPath( objectPath, name ), value, requirement );
    return value;
  }

  QString text( const QJsonObject &object, const QString &objectPath, const QString &name ) const
  {
    return typed( object, objectPath, name, QJsonValue::String, QObject::tr( "it must be text" ) ).toString();
  }

  bool boolean( const QJsonObject &object, const QString &objectPath, const QString &name ) const
  {
    return typed( object, objectPath, name, QJsonValue::Bool, QObject::tr( "it must be true or false" ) ).toBool();
  }

  //! A finite number; the caller checks its range and says it in `requirement`.
  double number( const QJsonObject &object, const QString &objectPath, const QString &name, const QString &requirement ) const
  {
    const double value = typed( object, objectPath, name, QJsonValue::Double, requirement ).toDouble();
    // The parser refuses 1e400, but a document built in memory may hold infinity.
    if ( !std::isfinite( value ) )
      fail( memberPath( objectPath, name ), value, requirement );
    return value;
  }

  //! A whole number from minimum to maximum, held exactly by a JSON number.
  long long count( const QJsonObject &object, const QString &objectPath, const QString &name, long long minimum, long long maximum = kMaxProfileCount ) const
  {
    const QString requirement = QObject::tr( "it must be a whole number from %1 to %2" ).arg( QString::number( minimum ), QString::number( maximum ) );
    const QJsonValue value = member( object, objectPath, name, requirement );
    const double numberValue = value.toDouble();
    // Compared as doubles before any conversion: 1e300 must not wrap around to a negative count.
    if ( !value.isDouble() || !std::isfinite( numberValue ) || numberValue != std::floor( numberValue ) || numberValue < static_cast<double>( minimum ) || numberValue > static_cast<double>( maximum ) )
      fail( memberPath( objectPath, name ), value, requirement );
    return static_cast<long long>( numberValue );
  }

  QJsonArray array( const QJsonObject &object, const QString &objectPath, const QString &name ) const
  {
    return typed( object, objectPath, name, QJsonValue::Array, QObject::tr( "it must be an array" ) ).toArray();
  }

  QJsonObject object( const QJsonValue &value, const QString &path ) const
  {
    if ( !value.isObject() )
      fail( path, value, QObject::tr( "it must be an object" ) );
    return value.toObject();
  }

  const QString mSource;
};

} // namespace

engine::Profile validatedProfile( const QJsonDocument &document, const QString &source )
{
  return ProfileChecker( source ).check( document );
}

void checkProfileMatchesLayer( const engine::Profile &profile, const QString &profileSource, const QgsFields &layerFields, const QString &layerDescription )
{
  for ( const engine::ProfileField &field : profile.fields )
  {
    if ( !field.usedForScoring )
      continue;
    const QString name = QString::fromStdString( field.name );
    const int index = layerFields.lookupField( name );
    if ( index < 0 )
      continue;
    const QgsField layerField = layerFields.at( index );
    const bool layerNumeric = isNumericProfileField( layerField );
    if ( layerNumeric == field.numericSource )
      continue;
    const QString numeric = QObject::tr( "numeric" );
    const QString text = QObject::tr( "text" );
    throw QgsProcessingException( QObject::tr( "Profile %1: field “%2” is %3 in the profile (numeric_source %4) but %5 in %6 (type %7). "
                                               "Score a layer whose field “%2” is %3, like the layer the profile was built from, "
                                               "or rebuild the profile from this layer with 'Build target group profile'." )
                                      .arg( profileSource, name, field.numericSource ? numeric : text,
                                            field.numericSource ? QStringLiteral( "true" ) : QStringLiteral( "false" ),
                                            layerNumeric ? numeric : text, layerDescription, layerField.typeName() ) );
  }
}

} // namespace targetgroup
