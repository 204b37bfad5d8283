// Generated from specs/viapi/aliyun.viapi.goodstech.recognize.furniture.attribute.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliyun.viapi.goodstech.recognize.furniture.attribute` (家居属性识别). */
export interface AliyunViapiGoodstechRecognizeFurnitureAttributeRequest {
  /** 待检测图片链接 */
  image_url: string;
}

/** Response of `aliyun.viapi.goodstech.recognize.furniture.attribute`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliyunViapiGoodstechRecognizeFurnitureAttributeResponse {
  /** 请求ID */
  taobao_request_id?: string;
  /** 系统自动生成 */
  data?: AliyunViapiGoodstechRecognizeFurnitureAttributeData;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Data` of `aliyun.viapi.goodstech.recognize.furniture.attribute`. */
export interface AliyunViapiGoodstechRecognizeFurnitureAttributeData {
  /** 预测的风格名称ID */
  predstyle?: string;
  /** 预测的风格置信概率 */
  predprobability?: string;
  /** 预测的风格中文名称 */
  predstyleid?: string;
}

const REQUEST_SCHEMA = {
  image_url: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  taobao_request_id: 'String',
  data: {
    predstyle: 'String',
    predprobability: 'String',
    predstyleid: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliyun.viapi.goodstech.recognize.furniture.attribute`: method, response root, request and response schemas. */
export const aliyunViapiGoodstechRecognizeFurnitureAttributeOperation = {
  method: 'aliyun.viapi.goodstech.recognize.furniture.attribute',
  responseRoot: 'aliyun_viapi_goodstech_recognize_furniture_attribute_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 家居属性识别 — calls TOP method `aliyun.viapi.goodstech.recognize.furniture.attribute`.
 *
 * 识别输入的家居模型图的风格，目前支持16种风格识别。(参数图片/链接必须通过以下方式获取: https://help.aliyun.com/document_detail/155645.html )
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliyunViapiGoodstechRecognizeFurnitureAttribute(
  client: TopClient,
  request: AliyunViapiGoodstechRecognizeFurnitureAttributeRequest,
  options?: CallOptions,
): Promise<AliyunViapiGoodstechRecognizeFurnitureAttributeResponse> {
  return client.call<AliyunViapiGoodstechRecognizeFurnitureAttributeResponse>(
    {
      method: 'aliyun.viapi.goodstech.recognize.furniture.attribute',
      responseRoot: 'aliyun_viapi_goodstech_recognize_furniture_attribute_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
