// Generated from specs/middleclaims/alibaba.middle.claimsaccept.receive.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.middle.claimsaccept.receive` (国际化中台服务域接收保险公司理赔受理结果). */
export interface AlibabaMiddleClaimsacceptReceiveRequest {
  /** 理赔受理结果实体类 */
  claims_accept_dto?: AlibabaMiddleClaimsacceptReceiveClaimsAcceptDtoInput;
}

/** Response of `alibaba.middle.claimsaccept.receive`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMiddleClaimsacceptReceiveResponse {
  /** 系统自动生成 */
  result?: AlibabaMiddleClaimsacceptReceiveResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ClaimsAcceptDto` of `alibaba.middle.claimsaccept.receive`. */
export interface AlibabaMiddleClaimsacceptReceiveClaimsAcceptDtoInput {
  /** 服务工单ID */
  service_work_order_id?: Int64Input;
  /** 主订单ID */
  order_id?: Int64Input;
  /** 子订单ID */
  sub_order_id?: Int64Input;
  /** 理赔受理结果 */
  claim_accept_result?: boolean;
  /** 理赔受理拒绝原因 */
  claims_accept_result_desc?: string;
  /** 报案号 */
  report_no?: string;
  /** 保单号 */
  policy_no?: string;
  /** 预留扩展Map */
  extension_map?: AlibabaMiddleClaimsacceptReceiveExtensionmapInput;
  /** 保险退货仓库地址实体类 */
  delivery_address_dto?: AlibabaMiddleClaimsacceptReceiveDeliveryAddressDtoInput;
}

/** `Extensionmap` of `alibaba.middle.claimsaccept.receive`. */
export interface AlibabaMiddleClaimsacceptReceiveExtensionmapInput {
  /** 预留扩展值1 */
  extension_map_fir?: string;
  /** 预留扩展值2 */
  extension_map_sec?: string;
  /** 预留扩展值3 */
  extension_map_thi?: string;
}

/** `DeliveryAddressDto` of `alibaba.middle.claimsaccept.receive`. */
export interface AlibabaMiddleClaimsacceptReceiveDeliveryAddressDtoInput {
  /** 收货人姓名 */
  receiver_name?: string;
  /** 收货人手机号码 */
  receiver_mobile_phone?: string;
  /** 国家 */
  country_name?: string;
  /** 省份 */
  province_name?: string;
  /** 城市 */
  city_name?: string;
  /** 区域 */
  area_name?: string;
  /** 邮政编码 */
  post_code?: string;
  /** 具体地址 */
  receiver_address_detail?: string;
}

/** `Result` of `alibaba.middle.claimsaccept.receive`. */
export interface AlibabaMiddleClaimsacceptReceiveResult {
  /** 系统调用结果 */
  success?: boolean;
  /** 业务结果 */
  data?: boolean;
  /** 是否重复 */
  repeated?: boolean;
  /** 是否重试 */
  retry?: boolean;
}

const REQUEST_SCHEMA = {
  claims_accept_dto: {
    service_work_order_id: 'Number',
    order_id: 'Number',
    sub_order_id: 'Number',
    claim_accept_result: 'Boolean',
    claims_accept_result_desc: 'String',
    report_no: 'String',
    policy_no: 'String',
    extension_map: {
      extension_map_fir: 'String',
      extension_map_sec: 'String',
      extension_map_thi: 'String',
    },
    delivery_address_dto: {
      receiver_name: 'String',
      receiver_mobile_phone: 'String',
      country_name: 'String',
      province_name: 'String',
      city_name: 'String',
      area_name: 'String',
      post_code: 'String',
      receiver_address_detail: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    data: 'Boolean',
    repeated: 'Boolean',
    retry: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.middle.claimsaccept.receive`: method, response root, request and response schemas. */
export const alibabaMiddleClaimsacceptReceiveOperation = {
  method: 'alibaba.middle.claimsaccept.receive',
  responseRoot: 'alibaba_middle_claimsaccept_receive_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 国际化中台服务域接收保险公司理赔受理结果 — calls TOP method `alibaba.middle.claimsaccept.receive`.
 *
 * 国际化中台服务域与保险公司交互对接一个订单在保险公司方对该订单进行理赔受理结果的处理后，将该结果返回至服务域
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMiddleClaimsacceptReceive(
  client: TopClient,
  request: AlibabaMiddleClaimsacceptReceiveRequest = {},
  options?: CallOptions,
): Promise<AlibabaMiddleClaimsacceptReceiveResponse> {
  return client.call<AlibabaMiddleClaimsacceptReceiveResponse>(
    {
      method: 'alibaba.middle.claimsaccept.receive',
      responseRoot: 'alibaba_middle_claimsaccept_receive_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
