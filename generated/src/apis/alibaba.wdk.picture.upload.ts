// Generated from specs/wdkitem/alibaba.wdk.picture.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `alibaba.wdk.picture.upload` (图片上传接口). */
export interface AlibabaWdkPictureUploadRequest {
  /** 图片分类ID，设置具体某个分类ID或设置0上传到默认分类，只能传入一个分类 */
  picture_category_id: Int64Input;
  /** 图片二进制文件流,不能为空,允许png、jpg、gif图片格式,3M以内 */
  img: TopFile;
  /** 包括后缀名的图片标题,不能为空，如Bule.jpg,有些卖家希望图片上传后取图片文件的默认名 */
  img_input_title?: string;
  /** 图片标题,如果为空,传的图片标题就取去掉后缀名的image_input_title,超过50字符长度会截取50字符,重名会在标题末尾加"(1)";标题末尾已经有"(数字)"了，则数字加1 */
  title?: string;
}

/** Response of `alibaba.wdk.picture.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkPictureUploadResponse {
  /** apiresult */
  result?: AlibabaWdkPictureUploadApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiResult` of `alibaba.wdk.picture.upload`. */
export interface AlibabaWdkPictureUploadApiResult {
  /** success */
  success?: boolean;
  /** model */
  model?: AlibabaWdkPictureUploadPictureDo;
  /** 错误code */
  err_code?: string;
  /** 错误原因 */
  err_msg?: string;
}

/** `PictureDo` of `alibaba.wdk.picture.upload`. */
export interface AlibabaWdkPictureUploadPictureDo {
  /** 图片ID */
  picture_id?: Int64;
  /** 图片分类ID */
  picture_category_id?: Int64;
  /** 返回的是相对路劲 */
  picture_path?: string;
  /** 图片标题 */
  title?: string;
  /** 图片大小,bite单位 */
  sizes?: Int64;
  /** 图片状态,unfroze代表没有被冻结，froze代表被冻结,pass代表排查通过 */
  status?: string;
  /** 图片是否删除的标记 */
  deleted?: string;
  /** 图片的创建时间 */
  created?: string;
  /** 图片的修改时间 */
  modified?: string;
  /** 图片相素,格式:长x宽，如450x150 */
  pixel?: string;
  /** 完整的路劲 */
  full_url?: string;
}

const REQUEST_SCHEMA = {
  picture_category_id: 'Number',
  img: 'byte[]',
  img_input_title: 'String',
  title: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    model: {
      picture_id: 'Number',
      picture_category_id: 'Number',
      picture_path: 'String',
      title: 'String',
      sizes: 'Number',
      status: 'String',
      deleted: 'String',
      created: 'String',
      modified: 'String',
      pixel: 'String',
      full_url: 'String',
    },
    err_code: 'String',
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.picture.upload`: method, response root, request and response schemas. */
export const alibabaWdkPictureUploadOperation = {
  method: 'alibaba.wdk.picture.upload',
  responseRoot: 'alibaba_wdk_picture_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 图片上传接口 — calls TOP method `alibaba.wdk.picture.upload`.
 *
 * 上传图片
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkPictureUpload(
  client: TopClient,
  request: AlibabaWdkPictureUploadRequest,
  options?: CallOptions,
): Promise<AlibabaWdkPictureUploadResponse> {
  return client.call<AlibabaWdkPictureUploadResponse>(
    {
      method: 'alibaba.wdk.picture.upload',
      responseRoot: 'alibaba_wdk_picture_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
