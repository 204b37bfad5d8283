// Generated from specs/examination/alibaba.alihealth.examination.reserve.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.examination.reserve.confirm` (体检机构对接_体检套餐预定确认). */
export interface AlibabaAlihealthExaminationReserveConfirmRequest {
  /** 商户唯一码 */
  merchant_code?: string;
  /** 体检人姓名 */
  name?: string;
  /** 阿里健康预约唯一标识 */
  reserve_number?: string;
  /** 性别(0-男;1-女;) */
  gender?: string;
  /** 出生日期 */
  birthday?: string;
  /** 预约时间 */
  reserve_date?: string;
  /** 体检套餐编码 */
  package_code?: string;
  /** 婚否(0-未婚; 1-已婚) */
  married?: string;
  /** 店铺ID */
  store_id?: string;
  /** 电话号码 */
  phone?: string;
  /** 证件类型(0-身份证; 1-护照; 2-军官证) */
  cert_type?: string;
  /** 证件号 */
  cert_number?: string;
  /** 所属公司 */
  company?: string;
  /** 所属部门 */
  department?: string;
  /** 报告邮寄地址 */
  address?: string;
  /**
   * 加项列表
   *
   * Max list size: 50
   */
  add_items?: AlibabaAlihealthExaminationReserveConfirmAddItemInput[];
  /**
   * 加项包列表
   *
   * Max list size: 50
   */
  add_packs?: AlibabaAlihealthExaminationReserveConfirmAddPackInput[];
  /** 0没报告1有报告 */
  hava_report?: string;
  /** 员工号 */
  employee_number?: string;
  /** 服务类型，ONSITE_SERVICE（到店检测）、DOOR_TO_DOOR_SERVICE（上门检测） */
  service_type?: string;
  /** 上门服务的上门地址 */
  service_address?: AlibabaAlihealthExaminationReserveConfirmAddAddressInput;
  /** 预约时间段开始 */
  reserve_time_start?: string;
  /** 预约时间段截止 */
  reserve_time_end?: string;
}

/** Response of `alibaba.alihealth.examination.reserve.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthExaminationReserveConfirmResponse {
  /** 返回结果描述 */
  message?: string;
  /** 体检机构预约唯一标识码 */
  uniq_reserve_code?: string;
  /** 返回结果编码 */
  response_code?: string;
  /** 预约电子凭证码值，若返回凭证码值，会展示在订单详情。用户到店/上门后，可以通过该码值来验证订单，不同预约码值不能重复。长度不超过64位 */
  voucher_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AddItem` of `alibaba.alihealth.examination.reserve.confirm`. */
export interface AlibabaAlihealthExaminationReserveConfirmAddItemInput {
  /** 版本号，isv需要进行校验版本号是否过期，判断加项信息是否已更改，健康未同步 */
  version?: Int64Input;
  /** 加项id */
  isv_item_id?: string;
}

/** `AddPack` of `alibaba.alihealth.examination.reserve.confirm`. */
export interface AlibabaAlihealthExaminationReserveConfirmAddPackInput {
  /** 加项包id */
  isv_pack_id?: string;
  /** 版本号，isv需要进行校验版本号是否过期，判断加项包信息是否已更改，健康未同步 */
  version?: Int64Input;
}

/** `AddAddress` of `alibaba.alihealth.examination.reserve.confirm`. */
export interface AlibabaAlihealthExaminationReserveConfirmAddAddressInput {
  /** 用户的上门地址 */
  address?: string;
  /** 上门地址纬度（高德系） */
  latitude?: string;
  /** 上门地址经度（高德系） */
  longitude?: string;
  /** 区域编码（高德标准） */
  district_code?: string;
  /** 区域名称（高德标准） */
  district?: string;
  /** 城市编码（高德标准） */
  city_code?: string;
  /** 城市名称（高德标准） */
  city?: string;
  /** 省份编码（高德标准） */
  province_code?: string;
  /** 省份名称（高德标准） */
  province?: string;
}

const REQUEST_SCHEMA = {
  merchant_code: 'String',
  name: 'String',
  reserve_number: 'String',
  gender: 'String',
  birthday: 'String',
  reserve_date: 'String',
  package_code: 'String',
  married: 'String',
  store_id: 'String',
  phone: 'String',
  cert_type: 'String',
  cert_number: 'String',
  company: 'String',
  department: 'String',
  address: 'String',
  add_items: [
    {
      version: 'Number',
      isv_item_id: 'String',
    },
  ],
  add_packs: [
    {
      isv_pack_id: 'String',
      version: 'Number',
    },
  ],
  hava_report: 'String',
  employee_number: 'String',
  service_type: 'String',
  service_address: {
    address: 'String',
    latitude: 'String',
    longitude: 'String',
    district_code: 'String',
    district: 'String',
    city_code: 'String',
    city: 'String',
    province_code: 'String',
    province: 'String',
  },
  reserve_time_start: 'String',
  reserve_time_end: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  uniq_reserve_code: 'String',
  response_code: 'String',
  voucher_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.examination.reserve.confirm`: method, response root, request and response schemas. */
export const alibabaAlihealthExaminationReserveConfirmOperation = {
  method: 'alibaba.alihealth.examination.reserve.confirm',
  responseRoot: 'alibaba_alihealth_examination_reserve_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 体检机构对接_体检套餐预定确认 — calls TOP method `alibaba.alihealth.examination.reserve.confirm`.
 *
 * 向体检机构确认用户购买的体检套餐信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthExaminationReserveConfirm(
  client: TopClient,
  request: AlibabaAlihealthExaminationReserveConfirmRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthExaminationReserveConfirmResponse> {
  return client.call<AlibabaAlihealthExaminationReserveConfirmResponse>(
    {
      method: 'alibaba.alihealth.examination.reserve.confirm',
      responseRoot: 'alibaba_alihealth_examination_reserve_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
