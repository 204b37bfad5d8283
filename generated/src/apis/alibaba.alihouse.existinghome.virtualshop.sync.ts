// Generated from specs/alihouse/alibaba.alihouse.existinghome.virtualshop.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.existinghome.virtualshop.sync` (二手房虚拟店铺数据同步). */
export interface AlibabaAlihouseExistinghomeVirtualshopSyncRequest {
  /** 入参 */
  company_virtual_shop_dto: AlibabaAlihouseExistinghomeVirtualshopSyncCompanyVirtualShopDtoInput;
}

/** Response of `alibaba.alihouse.existinghome.virtualshop.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseExistinghomeVirtualshopSyncResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseExistinghomeVirtualshopSyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CompanyVirtualShopDto` of `alibaba.alihouse.existinghome.virtualshop.sync`. */
export interface AlibabaAlihouseExistinghomeVirtualshopSyncCompanyVirtualShopDtoInput {
  /** 外部虚拟店铺ID */
  outer_shop_id: string;
  /** 虚拟店类型 */
  type: Int64Input;
  /** 目标ID */
  outer_target_id: string;
  /** 店铺名称 */
  name: string;
  /** 店铺logo */
  logo: string;
  /** 背景图 */
  background_image: string;
  /** banner图 */
  banner_image: string;
  /** 是否删除 0 - 否 1 - 是 */
  is_deleted?: Int64Input;
}

/** `Result` of `alibaba.alihouse.existinghome.virtualshop.sync`. */
export interface AlibabaAlihouseExistinghomeVirtualshopSyncResult {
  /** 返回素材id */
  data?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  company_virtual_shop_dto: {
    outer_shop_id: 'String',
    type: 'Number',
    outer_target_id: 'String',
    name: 'String',
    logo: 'String',
    background_image: 'String',
    banner_image: 'String',
    is_deleted: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Number',
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.existinghome.virtualshop.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseExistinghomeVirtualshopSyncOperation = {
  method: 'alibaba.alihouse.existinghome.virtualshop.sync',
  responseRoot: 'alibaba_alihouse_existinghome_virtualshop_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 二手房虚拟店铺数据同步 — calls TOP method `alibaba.alihouse.existinghome.virtualshop.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseExistinghomeVirtualshopSync(
  client: TopClient,
  request: AlibabaAlihouseExistinghomeVirtualshopSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseExistinghomeVirtualshopSyncResponse> {
  return client.call<AlibabaAlihouseExistinghomeVirtualshopSyncResponse>(
    {
      method: 'alibaba.alihouse.existinghome.virtualshop.sync',
      responseRoot: 'alibaba_alihouse_existinghome_virtualshop_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
