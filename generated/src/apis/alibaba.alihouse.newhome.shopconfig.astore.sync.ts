// Generated from specs/alihouse/alibaba.alihouse.newhome.shopconfig.astore.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.shopconfig.astore.sync` (天猫好房店铺装修-Astore上翻). */
export interface AlibabaAlihouseNewhomeShopconfigAstoreSyncRequest {
  /** 装修配置信息 */
  astore_shop_config: AlibabaAlihouseNewhomeShopconfigAstoreSyncAstoreShopConfigDTOInput;
}

/** Response of `alibaba.alihouse.newhome.shopconfig.astore.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeShopconfigAstoreSyncResponse {
  /** 结果体 */
  result?: AlibabaAlihouseNewhomeShopconfigAstoreSyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AstoreShopConfigDTO` of `alibaba.alihouse.newhome.shopconfig.astore.sync`. */
export interface AlibabaAlihouseNewhomeShopconfigAstoreSyncAstoreShopConfigDTOInput {
  /** 外部ID */
  outer_target_id?: string;
  /** 外部类型 */
  target_type?: Int64Input;
  /** 状态 */
  status?: Int64Input;
  /** 装修类型 */
  fitup_type?: Int64Input;
  /** 外部门店ID（为了找小B使用） */
  outer_store_id?: string;
  /** 版本号 */
  version?: Int64Input;
}

/** `Result` of `alibaba.alihouse.newhome.shopconfig.astore.sync`. */
export interface AlibabaAlihouseNewhomeShopconfigAstoreSyncResult {
  /** 返回的结果 */
  data?: AlibabaAlihouseNewhomeShopconfigAstoreSyncAstoreRespDTO;
  /** 是否成功 */
  success?: boolean;
  /** 处理完成后的消息 */
  message?: string;
  /** 错误/成功码 */
  code?: string;
}

/** `AstoreRespDTO` of `alibaba.alihouse.newhome.shopconfig.astore.sync`. */
export interface AlibabaAlihouseNewhomeShopconfigAstoreSyncAstoreRespDTO {
  /** id */
  shop_id?: Int64;
  /** 链接 */
  shop_url?: string;
  /** 装修入口地址 */
  decoration_url?: string;
  /** 装修的名称 */
  decoration_name?: string;
}

const REQUEST_SCHEMA = {
  astore_shop_config: {
    outer_target_id: 'String',
    target_type: 'Number',
    status: 'Number',
    fitup_type: 'Number',
    outer_store_id: 'String',
    version: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      shop_id: 'Number',
      shop_url: 'String',
      decoration_url: 'String',
      decoration_name: 'String',
    },
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.shopconfig.astore.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeShopconfigAstoreSyncOperation = {
  method: 'alibaba.alihouse.newhome.shopconfig.astore.sync',
  responseRoot: 'alibaba_alihouse_newhome_shopconfig_astore_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫好房店铺装修-Astore上翻 — calls TOP method `alibaba.alihouse.newhome.shopconfig.astore.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeShopconfigAstoreSync(
  client: TopClient,
  request: AlibabaAlihouseNewhomeShopconfigAstoreSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeShopconfigAstoreSyncResponse> {
  return client.call<AlibabaAlihouseNewhomeShopconfigAstoreSyncResponse>(
    {
      method: 'alibaba.alihouse.newhome.shopconfig.astore.sync',
      responseRoot: 'alibaba_alihouse_newhome_shopconfig_astore_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
