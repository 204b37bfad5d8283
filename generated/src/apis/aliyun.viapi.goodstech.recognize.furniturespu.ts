// Generated from specs/viapi/aliyun.viapi.goodstech.recognize.furniturespu.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliyun.viapi.goodstech.recognize.furniturespu` (家居SPU识别). */
export interface AliyunViapiGoodstechRecognizeFurniturespuRequest {
  /** 待检测图片链接 */
  image_url?: string;
  /** 模型x方向的尺寸，单位cm，默认值100 */
  x_length?: string;
  /** 模型y方向的尺寸，单位cm，默认值100 */
  y_length?: string;
  /** 模型z方向的尺寸，单位cm，默认值100 */
  z_length?: string;
}

/** Response of `aliyun.viapi.goodstech.recognize.furniturespu`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliyunViapiGoodstechRecognizeFurniturespuResponse {
  /** 请求ID */
  taobao_request_id?: string;
  /** 系统自动生成 */
  data?: AliyunViapiGoodstechRecognizeFurniturespuData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Data` of `aliyun.viapi.goodstech.recognize.furniturespu`. */
export interface AliyunViapiGoodstechRecognizeFurniturespuData {
  /** 预测的类目中文名称 */
  predprobability?: string;
  /** 预测的类目名称ID */
  predcate?: string;
  /** 预测的类目置信概率 */
  predcateid?: string;
}

const REQUEST_SCHEMA = {
  image_url: 'String',
  x_length: 'String',
  y_length: 'String',
  z_length: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  taobao_request_id: 'String',
  data: {
    predprobability: 'String',
    predcate: 'String',
    predcateid: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliyun.viapi.goodstech.recognize.furniturespu`: method, response root, request and response schemas. */
export const aliyunViapiGoodstechRecognizeFurniturespuOperation = {
  method: 'aliyun.viapi.goodstech.recognize.furniturespu',
  responseRoot: 'aliyun_viapi_goodstech_recognize_furniturespu_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 家居SPU识别 — calls TOP method `aliyun.viapi.goodstech.recognize.furniturespu`.
 *
 * 对输入的家居模型图进行分类，目前类别数可达70类。(参数图片/链接必须通过以下方式获取: https://help.aliyun.com/document_detail/155645.html )
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliyunViapiGoodstechRecognizeFurniturespu(
  client: TopClient,
  request: AliyunViapiGoodstechRecognizeFurniturespuRequest = {},
  options?: CallOptions,
): Promise<AliyunViapiGoodstechRecognizeFurniturespuResponse> {
  return client.call<AliyunViapiGoodstechRecognizeFurniturespuResponse>(
    {
      method: 'aliyun.viapi.goodstech.recognize.furniturespu',
      responseRoot: 'aliyun_viapi_goodstech_recognize_furniturespu_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
