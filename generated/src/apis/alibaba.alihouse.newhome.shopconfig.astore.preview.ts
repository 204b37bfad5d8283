// Generated from specs/alihouse/alibaba.alihouse.newhome.shopconfig.astore.preview.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.shopconfig.astore.preview` (天猫好房店铺装修-地址预览). */
export interface AlibabaAlihouseNewhomeShopconfigAstorePreviewRequest {
  /** 装修配置信息 */
  astore_shop_config: AlibabaAlihouseNewhomeShopconfigAstorePreviewAstoreShopConfigDTOInput;
}

/** Response of `alibaba.alihouse.newhome.shopconfig.astore.preview`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeShopconfigAstorePreviewResponse {
  /** 结果体 */
  result?: AlibabaAlihouseNewhomeShopconfigAstorePreviewResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AstoreShopConfigDTO` of `alibaba.alihouse.newhome.shopconfig.astore.preview`. */
export interface AlibabaAlihouseNewhomeShopconfigAstorePreviewAstoreShopConfigDTOInput {
  /** 外部ID */
  outer_target_id?: string;
  /** 外部类型 */
  target_type?: Int64Input;
  /** 外部门店ID（为了找小B使用） */
  outer_store_id?: string;
}

/** `Result` of `alibaba.alihouse.newhome.shopconfig.astore.preview`. */
export interface AlibabaAlihouseNewhomeShopconfigAstorePreviewResult {
  /** 返回的结果 */
  data?: AlibabaAlihouseNewhomeShopconfigAstorePreviewAstoreRespDTO[];
  /** 是否成功 */
  success?: boolean;
  /** 处理完成后的消息 */
  message?: string;
  /** 错误/成功码 */
  code?: string;
}

/** `AstoreRespDTO` of `alibaba.alihouse.newhome.shopconfig.astore.preview`. */
export interface AlibabaAlihouseNewhomeShopconfigAstorePreviewAstoreRespDTO {
  /** id */
  shop_id?: Int64;
  /** 链接 */
  shop_url?: string;
  /** 装修入口 */
  decoration_url?: string;
  /** 模版名称 */
  decoration_name?: string;
  /** 外部目标ID */
  outer_target_id?: string;
  /** 外部目标ID */
  outer_target_type?: Int64;
}

const REQUEST_SCHEMA = {
  astore_shop_config: {
    outer_target_id: 'String',
    target_type: 'Number',
    outer_store_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: [
      {
        shop_id: 'Number',
        shop_url: 'String',
        decoration_url: 'String',
        decoration_name: 'String',
        outer_target_id: 'String',
        outer_target_type: 'Number',
      },
    ],
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.shopconfig.astore.preview`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeShopconfigAstorePreviewOperation = {
  method: 'alibaba.alihouse.newhome.shopconfig.astore.preview',
  responseRoot: 'alibaba_alihouse_newhome_shopconfig_astore_preview_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫好房店铺装修-地址预览 — calls TOP method `alibaba.alihouse.newhome.shopconfig.astore.preview`.
 *
 * 天猫好房店铺装修-Astore上翻
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeShopconfigAstorePreview(
  client: TopClient,
  request: AlibabaAlihouseNewhomeShopconfigAstorePreviewRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeShopconfigAstorePreviewResponse> {
  return client.call<AlibabaAlihouseNewhomeShopconfigAstorePreviewResponse>(
    {
      method: 'alibaba.alihouse.newhome.shopconfig.astore.preview',
      responseRoot: 'alibaba_alihouse_newhome_shopconfig_astore_preview_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
