// Generated from specs/media/taobao.picture.pictures.count.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.picture.pictures.count` (图片总数查询). */
export interface TaobaoPicturePicturesCountRequest {
  /** 图片ID */
  picture_id?: Int64Input;
  /** 图片分类 */
  picture_category_id?: Int64Input;
  /** 是否删除,undeleted代表没有删除,deleted表示删除 */
  deleted?: string;
  /** 图片被修改的时间点，格式:yyyy-MM-dd HH:mm:ss。查询此修改时间点之后到目前的图片。 */
  start_modified_date?: DateInput;
  /** 查询上传开始时间点,格式:yyyy-MM-dd HH:mm:ss */
  start_date?: DateInput;
  /** 查询上传结束时间点,格式:yyyy-MM-dd HH:mm:ss */
  end_date?: DateInput;
  /** 图片使用，如果是pc宝贝detail使用，设置为client:computer，查询出来的图片是符合pc的宝贝detail显示的如果是手机宝贝detail使用，设置为client:phone，查询出来的图片是符合手机的宝贝detail显示的,默认值是全部 */
  client_type?: string;
  /** 文件名 */
  title?: string;
}

/** Response of `taobao.picture.pictures.count`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPicturePicturesCountResponse {
  /** 查询的文件总数 */
  totals?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  picture_id: 'Number',
  picture_category_id: 'Number',
  deleted: 'String',
  start_modified_date: 'Date',
  start_date: 'Date',
  end_date: 'Date',
  client_type: 'String',
  title: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  totals: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.picture.pictures.count`: method, response root, request and response schemas. */
export const taobaoPicturePicturesCountOperation = {
  method: 'taobao.picture.pictures.count',
  responseRoot: 'picture_pictures_count_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 图片总数查询 — calls TOP method `taobao.picture.pictures.count`.
 *
 * 图片总数查询，目前出于对数据库的保护暂不支持此功能
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPicturePicturesCount(
  client: TopClient,
  request: TaobaoPicturePicturesCountRequest = {},
  options?: CallOptions,
): Promise<TaobaoPicturePicturesCountResponse> {
  return client.call<TaobaoPicturePicturesCountResponse>(
    {
      method: 'taobao.picture.pictures.count',
      responseRoot: 'picture_pictures_count_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
