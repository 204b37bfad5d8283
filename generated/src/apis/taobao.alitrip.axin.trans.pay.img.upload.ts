// Generated from specs/axintrade/taobao.alitrip.axin.trans.pay.img.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `taobao.alitrip.axin.trans.pay.img.upload` (上传图片到支付宝图片空间接口). */
export interface TaobaoAlitripAxinTransPayImgUploadRequest {
  /** 上传图片到支付宝图片空间接口入参 */
  axin_pay_img_upload_d_t_o: TaobaoAlitripAxinTransPayImgUploadAxinPayImgUploadDtoInput;
  /** 图片字节流 */
  img_contents: TopFile;
}

/** Response of `taobao.alitrip.axin.trans.pay.img.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripAxinTransPayImgUploadResponse {
  /** 接口返回model */
  result?: TaobaoAlitripAxinTransPayImgUploadResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AxinPayImgUploadDto` of `taobao.alitrip.axin.trans.pay.img.upload`. */
export interface TaobaoAlitripAxinTransPayImgUploadAxinPayImgUploadDtoInput {
  /** 文件名 */
  file_name: string;
  /** 图片类型 */
  image_type: string;
}

/** `Result` of `taobao.alitrip.axin.trans.pay.img.upload`. */
export interface TaobaoAlitripAxinTransPayImgUploadResult {
  /** 错误信息 */
  error_msg?: string;
  /** 错误码 */
  error_code?: string;
  /** 是否需要重试 */
  need_retry?: boolean;
  /** 提示信息 */
  info_msg?: string;
  /** 是否成功 */
  success?: boolean;
  /** 返回素材id */
  data?: TaobaoAlitripAxinTransPayImgUploadAxinPayImgUploadResDTO;
}

/** `AxinPayImgUploadResDTO` of `taobao.alitrip.axin.trans.pay.img.upload`. */
export interface TaobaoAlitripAxinTransPayImgUploadAxinPayImgUploadResDTO {
  /** 图片id */
  img_id?: string;
}

const REQUEST_SCHEMA = {
  axin_pay_img_upload_d_t_o: {
    file_name: 'String',
    image_type: 'String',
  },
  img_contents: 'byte[]',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_msg: 'String',
    error_code: 'String',
    need_retry: 'Boolean',
    info_msg: 'String',
    success: 'Boolean',
    data: {
      img_id: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.axin.trans.pay.img.upload`: method, response root, request and response schemas. */
export const taobaoAlitripAxinTransPayImgUploadOperation = {
  method: 'taobao.alitrip.axin.trans.pay.img.upload',
  responseRoot: 'alitrip_axin_trans_pay_img_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 上传图片到支付宝图片空间接口 — calls TOP method `taobao.alitrip.axin.trans.pay.img.upload`.
 *
 * 阿信供销平台-上传图片到支付宝图片空间接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripAxinTransPayImgUpload(
  client: TopClient,
  request: TaobaoAlitripAxinTransPayImgUploadRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripAxinTransPayImgUploadResponse> {
  return client.call<TaobaoAlitripAxinTransPayImgUploadResponse>(
    {
      method: 'taobao.alitrip.axin.trans.pay.img.upload',
      responseRoot: 'alitrip_axin_trans_pay_img_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
