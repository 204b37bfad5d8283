// Generated from specs/waybill/taobao.wlb.waybill.i.print.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.waybill.i.print` (打印确认接口v1.0). */
export interface TaobaoWlbWaybillIPrintRequest {
  /** 打印请求 */
  waybill_apply_print_check_request: TaobaoWlbWaybillIPrintWaybillApplyPrintCheckRequestInput;
}

/** Response of `taobao.wlb.waybill.i.print`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbWaybillIPrintResponse {
  /** 面单打印信息 */
  waybill_apply_print_check_infos?: TaobaoWlbWaybillIPrintWaybillApplyPrintCheckInfo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WaybillApplyPrintCheckRequest` of `taobao.wlb.waybill.i.print`. */
export interface TaobaoWlbWaybillIPrintWaybillApplyPrintCheckRequestInput {
  /** 物流服务商Code */
  cp_code: string;
  /** 面单详情信息 */
  print_check_info_cols: TaobaoWlbWaybillIPrintPrintCheckInfoInput[];
}

/** `PrintCheckInfo` of `taobao.wlb.waybill.i.print`. */
export interface TaobaoWlbWaybillIPrintPrintCheckInfoInput {
  /** 收\发货地址 */
  consignee_address: TaobaoWlbWaybillIPrintWaybillAddressInput;
  /** 收货网点编码 */
  consignee_branch_code?: string;
  /** 收货网点信息 */
  consignee_branch_name?: string;
  /** 收件人姓名 */
  consignee_name: string;
  /** consigneePhone */
  consignee_phone: string;
  /** 物流服务能力集合 */
  logistics_service_list?: TaobaoWlbWaybillIPrintLogisticsServiceInput[];
  /** 集包地、目的地中心代码。打 印时根据该 code 生成目的地 中心的条码，条码生成的算法 与对应的电子面单条码一致 */
  package_center_code?: string;
  /** 集包地、目的地中心名称 */
  package_center_name?: string;
  /** 打标设置字段，直接传给ali-lodop。不用管具体含义。 */
  print_config?: string;
  /** 快递服务产品类型编码 */
  product_type?: string;
  /** 发件人姓名 */
  send_name?: string;
  /** 发件人联系方式 */
  send_phone?: string;
  /** 收\发货地址 */
  shipping_address: TaobaoWlbWaybillIPrintWaybillAddressInput;
  /** 发货网点编码 */
  shipping_branch_code?: string;
  /** 发货网点信息 */
  shipping_branch_name?: string;
  /** 拣货规则（大头笔信息） */
  short_address?: string;
  /** 使用者ID */
  real_user_id?: Int64Input;
  /** 包裹体积 单位为ML(毫升)或立方厘米 */
  volume?: Int64Input;
  /** 电子面单单号 */
  waybill_code: string;
  /** 包裹重量 单位为G(克) */
  weight?: Int64Input;
}

/** `WaybillAddress` of `taobao.wlb.waybill.i.print`. */
export interface TaobaoWlbWaybillIPrintWaybillAddressInput {
  /** 详细地址 */
  address_detail: string;
  /** 区名称（三级地址） */
  area?: string;
  /** 市名称（二级地址） */
  city?: string;
  /** 末级地址 */
  division_id?: Int64Input;
  /** 省名称（一级地址） */
  province: string;
  /** 街道\镇名称（四级地址） */
  town?: string;
}

/** `LogisticsService` of `taobao.wlb.waybill.i.print`. */
export interface TaobaoWlbWaybillIPrintLogisticsServiceInput {
  /** 服务编码 */
  service_code?: string;
  /** 服务类型值，json格式表示 */
  service_value4_json?: string;
}

/** `WaybillApplyPrintCheckInfo` of `taobao.wlb.waybill.i.print`. */
export interface TaobaoWlbWaybillIPrintWaybillApplyPrintCheckInfo {
  /** 打印提示信息编码 */
  notice_code?: string;
  /** 打印提示信息 */
  notice_message?: string;
  /** 打印次数 */
  print_quantity?: Int64;
  /** 电子面单号 */
  waybill_code?: string;
}

const REQUEST_SCHEMA = {
  waybill_apply_print_check_request: {
    cp_code: 'String',
    print_check_info_cols: [
      {
        consignee_address: {
          address_detail: 'String',
          area: 'String',
          city: 'String',
          division_id: 'Number',
          province: 'String',
          town: 'String',
        },
        consignee_branch_code: 'String',
        consignee_branch_name: 'String',
        consignee_name: 'String',
        consignee_phone: 'String',
        logistics_service_list: [
          {
            service_code: 'String',
            service_value4_json: 'String',
          },
        ],
        package_center_code: 'String',
        package_center_name: 'String',
        print_config: 'String',
        product_type: 'String',
        send_name: 'String',
        send_phone: 'String',
        shipping_address: {
          address_detail: 'String',
          area: 'String',
          city: 'String',
          division_id: 'Number',
          province: 'String',
          town: 'String',
        },
        shipping_branch_code: 'String',
        shipping_branch_name: 'String',
        short_address: 'String',
        real_user_id: 'Number',
        volume: 'Number',
        waybill_code: 'String',
        weight: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  waybill_apply_print_check_infos: [
    {
      notice_code: 'String',
      notice_message: 'String',
      print_quantity: 'Number',
      waybill_code: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.waybill.i.print`: method, response root, request and response schemas. */
export const taobaoWlbWaybillIPrintOperation = {
  method: 'taobao.wlb.waybill.i.print',
  responseRoot: 'wlb_waybill_i_print_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 打印确认接口v1.0 — calls TOP method `taobao.wlb.waybill.i.print`.
 *
 * 打印面单前的校验接口，判断面单号信息与订单信息是否匹配。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbWaybillIPrint(
  client: TopClient,
  request: TaobaoWlbWaybillIPrintRequest,
  options?: CallOptions,
): Promise<TaobaoWlbWaybillIPrintResponse> {
  return client.call<TaobaoWlbWaybillIPrintResponse>(
    {
      method: 'taobao.wlb.waybill.i.print',
      responseRoot: 'wlb_waybill_i_print_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
