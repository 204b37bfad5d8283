// Generated from specs/ihome/taobao.ihome.advancepic.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ihome.advancepic.upload` (ihome图片上传). */
export interface TaobaoIhomeAdvancepicUploadRequest {
  /**
   * 图片类
   *
   * Max list size: 20
   */
  materials?: TaobaoIhomeAdvancepicUploadAdvancePicMaterialDtoInput[];
}

/** Response of `taobao.ihome.advancepic.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoIhomeAdvancepicUploadResponse {
  /** 根据站点名称查询产品 */
  result?: TaobaoIhomeAdvancepicUploadApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AdvancePicMaterialDto` of `taobao.ihome.advancepic.upload`. */
export interface TaobaoIhomeAdvancepicUploadAdvancePicMaterialDtoInput {
  /** 标题 */
  title?: string;
  /** 用户id */
  user_id?: string;
  /** 图片oss地址 */
  url?: string;
  /** 宽 */
  width?: Int64Input;
  /** 高 */
  height?: Int64Input;
  /** 方案id */
  case_id?: string;
  /** 企业id */
  ent_id?: Int64Input;
  /** 0 普通图 1 全景图 2 鸟瞰图 */
  flag?: Int64Input;
}

/** `ApiResult` of `taobao.ihome.advancepic.upload`. */
export interface TaobaoIhomeAdvancepicUploadApiResult {
  /** 提交成功的批次id */
  data?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  materials: [
    {
      title: 'String',
      user_id: 'String',
      url: 'String',
      width: 'Number',
      height: 'Number',
      case_id: 'String',
      ent_id: 'Number',
      flag: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Number',
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.ihome.advancepic.upload`: method, response root, request and response schemas. */
export const taobaoIhomeAdvancepicUploadOperation = {
  method: 'taobao.ihome.advancepic.upload',
  responseRoot: 'ihome_advancepic_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ihome图片上传 — calls TOP method `taobao.ihome.advancepic.upload`.
 *
 * ihome 定制业务编辑器投稿素材上传
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoIhomeAdvancepicUpload(
  client: TopClient,
  request: TaobaoIhomeAdvancepicUploadRequest = {},
  options?: CallOptions,
): Promise<TaobaoIhomeAdvancepicUploadResponse> {
  return client.call<TaobaoIhomeAdvancepicUploadResponse>(
    {
      method: 'taobao.ihome.advancepic.upload',
      responseRoot: 'ihome_advancepic_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
