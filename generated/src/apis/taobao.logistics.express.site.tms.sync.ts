// Generated from specs/ascp/taobao.logistics.express.site.tms.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.express.site.tms.sync` (配服务商网点信息同步). */
export interface TaobaoLogisticsExpressSiteTmsSyncRequest {
  /** 网点信息 */
  site_upset_request: TaobaoLogisticsExpressSiteTmsSyncSiteUpsetRequestInput;
}

/** Response of `taobao.logistics.express.site.tms.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsExpressSiteTmsSyncResponse {
  /** 返回值 */
  site_upset_response?: TaobaoLogisticsExpressSiteTmsSyncSiteUpsetResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SiteUpsetRequest` of `taobao.logistics.express.site.tms.sync`. */
export interface TaobaoLogisticsExpressSiteTmsSyncSiteUpsetRequestInput {
  /** 业务请求ID，用于做幂等 */
  request_id: string;
  /** 时间戳（毫秒） */
  request_time: Int64Input;
  /** 服务商ID */
  supplier_id: string;
  /** 网点编码 */
  site_code: string;
  /** 网点名称 */
  site_name: string;
  /** 省 */
  province: string;
  /** 市 */
  city: string;
  /** 区 */
  area?: string;
  /** 街道 */
  town?: string;
  /** 详细地址 */
  address: string;
  /** 网点所在的行政地址id（菜鸟地址库id，三级/四级地址id */
  address_id: string;
  /** 网点联系人姓名 */
  contact_name: string;
  /** 网点联系人手机号 */
  contact_mobile?: string;
  /** 网点固定电话 */
  contact_tel?: string;
  /** 网点小件员信息 */
  courier_infos?: TaobaoLogisticsExpressSiteTmsSyncCourierInfosInput[];
  /** 网点状态 1-启用、2-停用 */
  status?: Int64Input;
}

/** `CourierInfos` of `taobao.logistics.express.site.tms.sync`. */
export interface TaobaoLogisticsExpressSiteTmsSyncCourierInfosInput {
  /** 网点小件员名称 */
  courier_name?: string;
  /** 网点小件员编码（如工号等，服务商下唯一身份id） */
  courier_no?: string;
  /** 小件员手机号 */
  courier_mobile?: string;
}

/** `SiteUpsetResponse` of `taobao.logistics.express.site.tms.sync`. */
export interface TaobaoLogisticsExpressSiteTmsSyncSiteUpsetResponse {
  /** 系统成功失败 true|false */
  success?: boolean;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  site_upset_request: {
    request_id: 'String',
    request_time: 'Number',
    supplier_id: 'String',
    site_code: 'String',
    site_name: 'String',
    province: 'String',
    city: 'String',
    area: 'String',
    town: 'String',
    address: 'String',
    address_id: 'String',
    contact_name: 'String',
    contact_mobile: 'String',
    contact_tel: 'String',
    courier_infos: [
      {
        courier_name: 'String',
        courier_no: 'String',
        courier_mobile: 'String',
      },
    ],
    status: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  site_upset_response: {
    success: 'Boolean',
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.express.site.tms.sync`: method, response root, request and response schemas. */
export const taobaoLogisticsExpressSiteTmsSyncOperation = {
  method: 'taobao.logistics.express.site.tms.sync',
  responseRoot: 'logistics_express_site_tms_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 配服务商网点信息同步 — calls TOP method `taobao.logistics.express.site.tms.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsExpressSiteTmsSync(
  client: TopClient,
  request: TaobaoLogisticsExpressSiteTmsSyncRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsExpressSiteTmsSyncResponse> {
  return client.call<TaobaoLogisticsExpressSiteTmsSyncResponse>(
    {
      method: 'taobao.logistics.express.site.tms.sync',
      responseRoot: 'logistics_express_site_tms_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
