// Generated from specs/qimen/taobao.qimen.warehouseinfo.synchronize.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.warehouseinfo.synchronize` (仓库同步接口). */
export interface TaobaoQimenWarehouseinfoSynchronizeRequest {
  /** 请求报文 */
  request?: TaobaoQimenWarehouseinfoSynchronizeRequestInput;
}

/** Response of `taobao.qimen.warehouseinfo.synchronize`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenWarehouseinfoSynchronizeResponse {
  /** 响应报文 */
  response?: TaobaoQimenWarehouseinfoSynchronizeResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Request` of `taobao.qimen.warehouseinfo.synchronize`. */
export interface TaobaoQimenWarehouseinfoSynchronizeRequestInput {
  /** 货主编码，string（50） */
  ownerCode?: string;
  /** 货主名称，string（50） */
  ownerName?: string;
  /** 仓库信息 */
  warehouseInfos?: TaobaoQimenWarehouseinfoSynchronizeWarehouseInfosInput[];
}

/** `WarehouseInfos` of `taobao.qimen.warehouseinfo.synchronize`. */
export interface TaobaoQimenWarehouseinfoSynchronizeWarehouseInfosInput {
  /** 仓库编码，string（50） */
  warehouseCode?: string;
  /** 仓库名称，string（50） */
  warehouseName?: string;
  /** 省份，string（15） */
  province?: string;
  /** 城市，string（15） */
  city?: string;
  /** 地区，string（15） */
  area?: string;
  /** 乡镇，string（15） */
  town?: string;
  /** 详细地址，string（50） */
  detailAddress?: string;
  /** 仓库名称，string（50） */
  name?: string;
  /** 仓库电话，string（20） */
  tel?: string;
  /** 负责人手机，string（20） */
  mobile?: string;
  /** 仓库状态，string（20） */
  status?: string;
}

/** `Response` of `taobao.qimen.warehouseinfo.synchronize`. */
export interface TaobaoQimenWarehouseinfoSynchronizeResponse2 {
  /** success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 仓库信息 */
  warehouseInfos?: TaobaoQimenWarehouseinfoSynchronizeWarehouseInfo[];
}

/** `WarehouseInfo` of `taobao.qimen.warehouseinfo.synchronize`. */
export interface TaobaoQimenWarehouseinfoSynchronizeWarehouseInfo {
  /** 仓库编码，string（50） */
  warehouseCode?: string;
}

const REQUEST_SCHEMA = {
  request: {
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

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
    warehouseInfos: [
      {
        warehouseCode: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.warehouseinfo.synchronize`: method, response root, request and response schemas. */
export const taobaoQimenWarehouseinfoSynchronizeOperation = {
  method: 'taobao.qimen.warehouseinfo.synchronize',
  responseRoot: 'qimen_warehouseinfo_synchronize_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 仓库同步接口 — calls TOP method `taobao.qimen.warehouseinfo.synchronize`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenWarehouseinfoSynchronize(
  client: TopClient,
  request: TaobaoQimenWarehouseinfoSynchronizeRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenWarehouseinfoSynchronizeResponse> {
  return client.call<TaobaoQimenWarehouseinfoSynchronizeResponse>(
    {
      method: 'taobao.qimen.warehouseinfo.synchronize',
      responseRoot: 'qimen_warehouseinfo_synchronize_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
