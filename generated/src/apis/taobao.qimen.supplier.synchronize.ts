// Generated from specs/qimen/taobao.qimen.supplier.synchronize.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.supplier.synchronize` (供应商同步接口). */
export interface TaobaoQimenSupplierSynchronizeRequest {
  request?: TaobaoQimenSupplierSynchronizeRequestInput;
}

/** Response of `taobao.qimen.supplier.synchronize`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenSupplierSynchronizeResponse {
  response?: TaobaoQimenSupplierSynchronizeResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Request` of `taobao.qimen.supplier.synchronize`. */
export interface TaobaoQimenSupplierSynchronizeRequestInput {
  /** add|update, 必填 */
  actionType?: string;
  /** 供应商编码 string (50), 必填 */
  supplierCode?: string;
  /** 供应商名称 string (200) , 必填 */
  supplierName?: string;
  /** 联系人姓名, string (50) */
  name?: string;
  /** 联系电话, string (50) */
  tel?: string;
  /** 电子邮箱, string (50) */
  email?: string;
  /** 国家二字码，string（50） */
  countryCode?: string;
  /** 省份, string (50) */
  province?: string;
  /** 城市, string (50) */
  city?: string;
  /** 区域, string (50) */
  area?: string;
  /** 村镇, string (50) */
  town?: string;
  /** 详细地址, string (200) */
  detailAddress?: string;
  /** 是否有效, Y/N (默认为Y) */
  isValid?: string;
  /** 备注, string (500) */
  remark?: string;
}

/** `Response` of `taobao.qimen.supplier.synchronize`. */
export interface TaobaoQimenSupplierSynchronizeResponse2 {
  /** success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  request: {
    actionType: 'String',
    supplierCode: 'String',
    supplierName: 'String',
    name: 'String',
    tel: 'String',
    email: 'String',
    countryCode: 'String',
    province: 'String',
    city: 'String',
    area: 'String',
    town: 'String',
    detailAddress: 'String',
    isValid: 'String',
    remark: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.supplier.synchronize`: method, response root, request and response schemas. */
export const taobaoQimenSupplierSynchronizeOperation = {
  method: 'taobao.qimen.supplier.synchronize',
  responseRoot: 'qimen_supplier_synchronize_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商同步接口 — calls TOP method `taobao.qimen.supplier.synchronize`.
 *
 * 这个接口用来同步供应商信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenSupplierSynchronize(
  client: TopClient,
  request: TaobaoQimenSupplierSynchronizeRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenSupplierSynchronizeResponse> {
  return client.call<TaobaoQimenSupplierSynchronizeResponse>(
    {
      method: 'taobao.qimen.supplier.synchronize',
      responseRoot: 'qimen_supplier_synchronize_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
