// Generated from specs/media/taobao.picture.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `taobao.picture.upload` (上传单张图片). */
export interface TaobaoPictureUploadRequest {
  /** 图片分类ID，设置具体某个分类ID或设置0上传到默认分类，只能传入一个分类 */
  picture_category_id: Int64Input;
  /** 图片二进制文件流,不能为空,允许png、jpg、gif图片格式,3M以内。 */
  img: TopFile;
  /** 包括后缀名的图片标题,不能为空，如Bule.jpg,有些卖家希望图片上传后取图片文件的默认名 */
  image_input_title: string;
  /** 图片标题,如果为空,传的图片标题就取去掉后缀名的image_input_title,超过50字符长度会截取50字符,重名会在标题末尾加"(1)";标题末尾已经有"(数字)"了，则数字加1 */
  title?: string;
  /** 图片上传的来源，有电脑版本宝贝发布，手机版本宝贝发布client:computer电脑版本宝贝使用，client:phone手机版本宝贝使用。注意：当client:phone时，图片限制为宽度在480-620之间，长度不能超过960，否则会报错。 */
  client_type?: string;
  /** 是否获取https连接 */
  is_https?: boolean;
}

/** Response of `taobao.picture.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPictureUploadResponse {
  /** 当前上传的一张图片信息 */
  picture?: TaobaoPictureUploadPicture;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Picture` of `taobao.picture.upload`. */
export interface TaobaoPictureUploadPicture {
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
}

const REQUEST_SCHEMA = {
  picture_category_id: 'Number',
  img: 'byte[]',
  image_input_title: 'String',
  title: 'String',
  client_type: 'String',
  is_https: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  picture: {
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
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.picture.upload`: method, response root, request and response schemas. */
export const taobaoPictureUploadOperation = {
  method: 'taobao.picture.upload',
  responseRoot: 'picture_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 上传单张图片 — calls TOP method `taobao.picture.upload`.
 *
 * 图片空间上传接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPictureUpload(
  client: TopClient,
  request: TaobaoPictureUploadRequest,
  options?: CallOptions,
): Promise<TaobaoPictureUploadResponse> {
  return client.call<TaobaoPictureUploadResponse>(
    {
      method: 'taobao.picture.upload',
      responseRoot: 'picture_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
