// Generated from specs/media/taobao.picture.pictures.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.picture.pictures.get` (图片获取). */
export interface TaobaoPicturePicturesGetRequest {
  /** 图片ID */
  picture_id?: Int64Input;
  /** 图片分类 */
  picture_category_id?: Int64Input;
  /** 是否删除,deleted代表没有删除 */
  deleted?: string;
  /** 图片被修改的时间点，格式:yyyy-MM-dd HH:mm:ss。查询此修改时间点之后到目前的图片。 */
  start_modified_date?: DateInput;
  /** 图片标题,最大长度50字符,中英文都算一字符 */
  title?: string;
  /** 查询上传结束时间点,格式:yyyy-MM-dd HH:mm:ss */
  start_date?: DateInput;
  /** 结束时间 */
  end_date?: DateInput;
  /** 页码.传入值为1代表第一页,传入值为2代表第二页,依此类推,默认值为1 */
  current_page?: Int64Input;
  /** 每页条数.每页返回最多返回100条,默认值40 */
  page_size?: Int64Input;
  /** 图片使用，如果是pc宝贝detail使用，设置为client:computer，查询出来的图片是符合pc的宝贝detail显示的如果是手机宝贝detail使用，设置为client:phone，查询出来的图片是符合手机的宝贝detail显示的,默认值是全部 */
  client_type?: string;
  /** 图片查询结果排序,time:desc按上传时间从晚到早(默认), time:asc按上传时间从早到晚,sizes:desc按图片从大到小，sizes:asc按图片从小到大,默认time:desc */
  order_by?: string;
  /** 图片url查询接口 */
  urls?: string;
  /** 是否获取https的链接 */
  is_https?: boolean;
}

/** Response of `taobao.picture.pictures.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPicturePicturesGetResponse {
  /** 图片空间图片数据对象 */
  pictures?: TaobaoPicturePicturesGetPicture[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Picture` of `taobao.picture.pictures.get`. */
export interface TaobaoPicturePicturesGetPicture {
  /** 图片ID */
  picture_id?: Int64;
  /** 图片分类ID */
  picture_category_id?: Int64;
  /** 返回的是绝对路径如：http://img07.taobaocdn.com/imgextra/i7/22670458/T2dD0kXb4cXXXXXXXX_!!22670458.jpg */
  picture_path?: string;
  /** 图片标题 */
  title?: string;
  /** 图片大小,bite单位 */
  sizes?: Int64;
  /** 图片相素,格式:长x宽，如450x150 */
  pixel?: string;
  /** 图片状态,unfroze代表没有被冻结，froze代表被冻结,pass代表排查通过 */
  status?: string;
  /** 图片是否删除的标记 */
  deleted?: string;
  /** 图片上传的来源，有电脑版本宝贝发布，手机版本宝贝发布 */
  client_type?: string;
  /** 图片的创建时间 */
  created?: string;
  /** 图片的修改时间 */
  modified?: string;
  /** 图片在后台处理之后的md5值当md5值为32位长度的字符串时为图片搬家后的文件md5验证码md5值为长整数时为图片替换后的时间戳 */
  md5?: string;
  /** 图片是否被引用 */
  referenced?: boolean;
}

const REQUEST_SCHEMA = {
  picture_id: 'Number',
  picture_category_id: 'Number',
  deleted: 'String',
  start_modified_date: 'Date',
  title: 'String',
  start_date: 'Date',
  end_date: 'Date',
  current_page: 'Number',
  page_size: 'Number',
  client_type: 'String',
  order_by: 'String',
  urls: 'String',
  is_https: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  pictures: [
    {
      picture_id: 'Number',
      picture_category_id: 'Number',
      picture_path: 'String',
      title: 'String',
      sizes: 'Number',
      pixel: 'String',
      status: 'String',
      deleted: 'String',
      client_type: 'String',
      created: 'Date',
      modified: 'Date',
      md5: 'String',
      referenced: 'Boolean',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.picture.pictures.get`: method, response root, request and response schemas. */
export const taobaoPicturePicturesGetOperation = {
  method: 'taobao.picture.pictures.get',
  responseRoot: 'picture_pictures_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 图片获取 — calls TOP method `taobao.picture.pictures.get`.
 *
 * 图片空间对外的图片获取接口，该接口只针对分页获取，获取某一页的图片，该接口不支持总数的查询asd
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPicturePicturesGet(
  client: TopClient,
  request: TaobaoPicturePicturesGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoPicturePicturesGetResponse> {
  return client.call<TaobaoPicturePicturesGetResponse>(
    {
      method: 'taobao.picture.pictures.get',
      responseRoot: 'picture_pictures_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
