#include "common/profilefile.h"

#include "common/profilevalidator.h"

#include "targetgroupversion.h"

#include <qgsexception.h>

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace targetgroup
{

namespace
{

QString toQString( const std::string &text )
{
  return QString::fromStdString( text );
}

QString kindName( engine::FieldKind kind )
{
  return kind == engine::FieldKind::Binned ? QStringLiteral( "binned" ) : QStringLiteral( "categorical" );
}

} // namespace

QByteArray profileToJson( const engine::Profile &profile )
{
  QJsonObject root;
  root.insert( QStringLiteral( "format" ), kProfileFormatName );
  root.insert( QStringLiteral( "format_version" ), profile.formatVersion );
  root.insert( QStringLiteral( "generator" ), QStringLiteral( "targetgroup " TARGETGROUP_VERSION ) );
  root.insert( QStringLiteral( "created" ), QDateTime::currentDateTimeUtc().toString( Qt::ISODate ) );
  root.insert( QStringLiteral( "seed_expression" ), toQString( profile.seedExpression ) );
  root.insert( QStringLiteral( "base_expression" ), toQString( profile.baseExpression ) );
  root.insert( QStringLiteral( "seed_count" ), static_cast<double>( profile.seedCount ) );
  root.insert( QStringLiteral( "base_count" ), static_cast<double>( profile.baseCount ) );
  root.insert( QStringLiteral( "bins" ), profile.bins );
  root.insert( QStringLiteral( "min_cell" ), profile.minCell );
  root.insert( QStringLiteral( "prior_strength" ), profile.priorStrength );
  const bool version2 = profile.formatVersion >= 2;
  const bool writeModel = version2 && profile.logisticModel.present;
  if ( version2 )
  {
    const engine::ProfileLogisticModel &model = profile.logisticModel;
    if ( writeModel )
    {
      QJsonObject modelObject;
      modelObject.insert( QStringLiteral( "intercept" ), model.intercept );
      modelObject.insert( QStringLiteral( "penalty" ), model.l2 );
      modelObject.insert( QStringLiteral( "seed_rows" ), static_cast<double>( model.seedRows ) );
      modelObject.insert( QStringLiteral( "unlabelled_rows" ), static_cast<double>( model.unlabelledRows ) );
      modelObject.insert( QStringLiteral( "unlabelled_total" ), static_cast<double>( model.unlabelledTotal ) );
      modelObject.insert( QStringLiteral( "iterations" ), model.iterations );
      modelObject.insert( QStringLiteral( "converged" ), model.converged );
      root.insert( QStringLiteral( "logistic_model" ), modelObject );
    }
    else
      root.insert( QStringLiteral( "logistic_model" ), QJsonValue::Null );
    const engine::ProfileSelfAssessment &assessment = profile.selfAssessment;
    if ( assessment.folds > 0 )
    {
      auto quality = []( const engine::RankingQuality &ranking )
      {
        QJsonObject object;
        object.insert( QStringLiteral( "recall_top10" ), ranking.recallTop10 );
        object.insert( QStringLiteral( "recall_top20" ), ranking.recallTop20 );
        object.insert( QStringLiteral( "auc" ), ranking.auc );
        object.insert( QStringLiteral( "held_out" ), static_cast<double>( ranking.heldOut ) );
        return object;
      };
      QJsonObject assessmentObject;
      assessmentObject.insert( QStringLiteral( "folds" ), assessment.folds );
      assessmentObject.insert( QStringLiteral( "likelihood" ), quality( assessment.likelihood ) );
      assessmentObject.insert( QStringLiteral( "pu_logistic" ), quality( assessment.puLogistic ) );
      assessmentObject.insert( QStringLiteral( "auc_difference_se" ), assessment.aucDifferenceError );
      assessmentObject.insert( QStringLiteral( "recommended_method" ), QString::fromLatin1( engine::scoringMethodName( assessment.recommended ) ) );
      root.insert( QStringLiteral( "self_assessment" ), assessmentObject );
    }
    else
      root.insert( QStringLiteral( "self_assessment" ), QJsonValue::Null );
  }
  QJsonArray fields;
  for ( const engine::ProfileField &field : profile.fields )
  {
    QJsonObject fieldObject;
    fieldObject.insert( QStringLiteral( "name" ), toQString( field.name ) );
    fieldObject.insert( QStringLiteral( "kind" ), kindName( field.kind ) );
    fieldObject.insert( QStringLiteral( "numeric_source" ), field.numericSource );
    fieldObject.insert( QStringLiteral( "used_for_scoring" ), field.usedForScoring );
    fieldObject.insert( QStringLiteral( "scoring_weight" ), field.scoringWeight );
    QJsonArray edges;
    for ( double edge : field.binEdges )
      edges.append( edge );
    fieldObject.insert( QStringLiteral( "bin_edges" ), edges );
    QJsonArray merged;
    for ( const std::string &label : field.mergedIntoOther )
      merged.append( toQString( label ) );
    fieldObject.insert( QStringLiteral( "merged_into_other" ), merged );
    QJsonArray categories;
    for ( const engine::ProfileCategory &category : field.categories )
    {
      QJsonObject categoryObject;
      categoryObject.insert( QStringLiteral( "label" ), toQString( category.label ) );
      categoryObject.insert( QStringLiteral( "seed_n" ), static_cast<double>( category.seedCount ) );
      categoryObject.insert( QStringLiteral( "base_n" ), static_cast<double>( category.baseCount ) );
      if ( writeModel && field.usedForScoring )
      {
        categoryObject.insert( QStringLiteral( "coefficient" ), category.coefficient );
        categoryObject.insert( QStringLiteral( "coefficient_se" ), category.coefficientError );
      }
      categories.append( categoryObject );
    }
    fieldObject.insert( QStringLiteral( "categories" ), categories );
    fields.append( fieldObject );
  }
  root.insert( QStringLiteral( "fields" ), fields );
  return QJsonDocument( root ).toJson( QJsonDocument::Indented );
}

engine::Profile profileFromJson( const QByteArray &json, const QString &source )
{
  QJsonParseError parseError;
  const QJsonDocument document = QJsonDocument::fromJson( json, &parseError );
  if ( parseError.error != QJsonParseError::NoError )
    throw QgsProcessingException( QObject::tr( "Profile %1 is not valid JSON (%2 at byte %3). Choose a .json file written by 'Build target group profile'." )
                                      .arg( source, parseError.errorString(), QString::number( parseError.offset ) ) );
  return validatedProfile( document, source );
}

void writeProfileFile( const engine::Profile &profile, const QString &path )
{
  QFile file( path );
  if ( !file.open( QIODevice::WriteOnly | QIODevice::Truncate ) )
    throw QgsProcessingException( QObject::tr( "Could not write the profile to %1: %2" ).arg( path, file.errorString() ) );
  const QByteArray json = profileToJson( profile );
  if ( file.write( json ) != json.size() )
    throw QgsProcessingException( QObject::tr( "Could not write the profile to %1: %2" ).arg( path, file.errorString() ) );
}

engine::Profile readProfileFile( const QString &path )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    throw QgsProcessingException( QObject::tr( "Could not open the profile %1: %2. Give the .json file written by 'Build target group profile'." ).arg( path, file.errorString() ) );
  return profileFromJson( file.readAll(), path );
}

} // namespace targetgroup
