// Generated from specs/user/alibaba.seller.vendor.write.client.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.seller.vendor.write.client` (客户动态回写). */
export interface AlibabaSellerVendorWriteClientRequest {
  /** 开放平台appId */
  app_id: string;
  /** 要回写的数据 */
  param_third_party_client_data_params: AlibabaSellerVendorWriteClientThirdPartyClientDataParamsInput;
}

/** Response of `alibaba.seller.vendor.write.client`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSellerVendorWriteClientResponse {
  /** 错误信息 */
  error_description?: string;
  /** 错误代码 */
  return_code?: Int64;
  /** 数据写入结果 true为成功 */
  return_data?: boolean;
  /** 服务调用结果 */
  successed?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ThirdPartyClientDataParams` of `alibaba.seller.vendor.write.client`. */
export interface AlibabaSellerVendorWriteClientThirdPartyClientDataParamsInput {
  /** 客户数据 */
  client?: AlibabaSellerVendorWriteClientClientInput;
  /** 扩展字段,这里可支持扩展，但是需要报备 */
  ext?: string;
  /** 数据生成时间 */
  generation_time: DateInput;
  /** 电话 */
  phone: string;
  /** 录入信息 */
  record_contents: string;
  /** 外部数据记录唯一id */
  record_id: string;
  /** 录入人 */
  recorder: string;
  /** 服务代码 */
  service_code: string;
  /** 服务类型：电话 PHONE, 预约上门APPOINTMENT_TO_DOOR, 未预约上门 NO_APPOINTMENT_TO_DOOR, 培训服务 TRAIN, 在线拜访 VISIT_ONLINE, 其他 OTHER; */
  service_type: string;
}

/** `Client` of `alibaba.seller.vendor.write.client`. */
export interface AlibabaSellerVendorWriteClientClientInput {
  /** 联系人列表 */
  contact_person_list?: AlibabaSellerVendorWriteClientContactPersonInput[];
  /** 客户登陆账号 */
  merchant_login_id?: string;
}

/** `ContactPerson` of `alibaba.seller.vendor.write.client`. */
export interface AlibabaSellerVendorWriteClientContactPersonInput {
  /** 联系人姓名 */
  contact_name?: string;
  /** 联系电话 */
  contact_number?: string;
  /** 联系人岗位 */
  contact_position?: string;
}

const REQUEST_SCHEMA = {
  app_id: 'String',
  param_third_party_client_data_params: {
    client: {
      contact_person_list: [
        {
          contact_name: 'String',
          contact_number: 'String',
          contact_position: 'String',
        },
      ],
      merchant_login_id: 'String',
    },
    ext: 'String',
    generation_time: 'Date',
    phone: 'String',
    record_contents: 'String',
    record_id: 'String',
    recorder: 'String',
    service_code: 'String',
    service_type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  error_description: 'String',
  return_code: 'Number',
  return_data: 'Boolean',
  successed: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.seller.vendor.write.client`: method, response root, request and response schemas. */
export const alibabaSellerVendorWriteClientOperation = {
  method: 'alibaba.seller.vendor.write.client',
  responseRoot: 'alibaba_seller_vendor_write_client_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 客户动态回写 — calls TOP method `alibaba.seller.vendor.write.client`.
 *
 * 客户动态开放API接口，外部服务商回写数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSellerVendorWriteClient(
  client: TopClient,
  request: AlibabaSellerVendorWriteClientRequest,
  options?: CallOptions,
): Promise<AlibabaSellerVendorWriteClientResponse> {
  return client.call<AlibabaSellerVendorWriteClientResponse>(
    {
      method: 'alibaba.seller.vendor.write.client',
      responseRoot: 'alibaba_seller_vendor_write_client_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
