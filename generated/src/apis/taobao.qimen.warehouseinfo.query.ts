// Generated from specs/qimen/taobao.qimen.warehouseinfo.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.warehouseinfo.query` (货主仓库资源查询接口). */
export interface TaobaoQimenWarehouseinfoQueryRequest {
  request?: TaobaoQimenWarehouseinfoQueryRequestInput;
}

/** Response of `taobao.qimen.warehouseinfo.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenWarehouseinfoQueryResponse {
  response?: TaobaoQimenWarehouseinfoQueryResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Request` of `taobao.qimen.warehouseinfo.query`. */
export interface TaobaoQimenWarehouseinfoQueryRequestInput {
  /** 奇门仓储字段 */
  ownerCode?: string;
  /** 扩展属性 */
  extendProps?: string | Record<string, unknown>;
}

/** `Response` of `taobao.qimen.warehouseinfo.query`. */
export interface TaobaoQimenWarehouseinfoQueryResponse2 {
  /** 响应结果:success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 奇门仓储字段 */
  ownerCode?: string;
  /** 奇门仓储字段 */
  ownerName?: string;
  /** 奇门仓储字段 */
  warehouseInfos?: TaobaoQimenWarehouseinfoQueryWarehouseInfo[];
}

/** `WarehouseInfo` of `taobao.qimen.warehouseinfo.query`. */
export interface TaobaoQimenWarehouseinfoQueryWarehouseInfo {
  /** 奇门仓储字段 */
  warehouseCode?: string;
  /** 奇门仓储字段 */
  warehouseName?: string;
  /** 奇门仓储字段 */
  province?: string;
  /** 奇门仓储字段 */
  city?: string;
  /** 奇门仓储字段 */
  area?: string;
  /** 奇门仓储字段 */
  town?: string;
  /** 奇门仓储字段 */
  detailAddress?: string;
  /** 奇门仓储字段 */
  name?: string;
  /** 奇门仓储字段 */
  tel?: string;
  /** 奇门仓储字段 */
  mobile?: string;
  /** 奇门仓储字段 */
  status?: string;
}

const REQUEST_SCHEMA = {
  request: {
    ownerCode: 'String',
    extendProps: 'Json',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
    ownerCode: 'String',
    ownerName: 'String',
    warehouseInfos: [
      {
        warehouseCode: 'String',
        warehouseName: 'String',
        province: 'String',
        city: 'String',
        area: 'String',
        town: 'String',
        detailAddress: 'String',
        name: 'String',
        tel: 'String',
        mobile: 'String',
        status: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.warehouseinfo.query`: method, response root, request and response schemas. */
export const taobaoQimenWarehouseinfoQueryOperation = {
  method: 'taobao.qimen.warehouseinfo.query',
  responseRoot: 'qimen_warehouseinfo_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 货主仓库资源查询接口 — calls TOP method `taobao.qimen.warehouseinfo.query`.
 *
 * 货主仓库资源查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenWarehouseinfoQuery(
  client: TopClient,
  request: TaobaoQimenWarehouseinfoQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenWarehouseinfoQueryResponse> {
  return client.call<TaobaoQimenWarehouseinfoQueryResponse>(
    {
      method: 'taobao.qimen.warehouseinfo.query',
      responseRoot: 'qimen_warehouseinfo_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
