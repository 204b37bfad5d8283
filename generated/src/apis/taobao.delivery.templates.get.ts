// Generated from specs/tblogistics/taobao.delivery.templates.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.delivery.templates.get` (获取用户下所有模板). */
export interface TaobaoDeliveryTemplatesGetRequest {
  /**
   * 需返回的字段列表。
   *
   * 可选值:示例中的值;各字段之间用","隔开
   *
   * template_id：查询模板ID
   *
   * template_name:查询模板名称
   *
   * assumer：查询服务承担放
   *
   * valuation:查询计价规则
   *
   * supports:查询增值服务列表
   *
   * created:查询模板创建时间
   *
   * modified:查询修改时间
   *
   * consign_area_id:运费模板上设置的卖家发货地址最小级别ID
   *
   * address:卖家地址信息
   *
   * query_cod:查询货到付款运费信息
   *
   * query_post:查询平邮运费信息
   *
   * query_express:查询快递公司运费信息
   *
   * query_ems:查询EMS运费信息
   *
   * query_bzsd:查询普通保障速递运费信息
   *
   * query_wlb:查询物流宝保障速递运费信息
   *
   * query_furniture:查询家装物流运费信息
   *
   * 不能有空格
   */
  fields: string;
}

/** Response of `taobao.delivery.templates.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoDeliveryTemplatesGetResponse {
  /** 运费模板列表 */
  delivery_templates?: TaobaoDeliveryTemplatesGetDeliveryTemplate[];
  /** 获得到符合条件的结果总数 */
  total_results?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeliveryTemplate` of `taobao.delivery.templates.get`. */
export interface TaobaoDeliveryTemplatesGetDeliveryTemplate {
  /** 模块ID */
  template_id?: Int64;
  /** 模板名称，长度不能超过25个字节 */
  name?: string;
  /**
   * 可选值：0,1,2,3
   * ,说明如下
   *
   * 1)买家承担运费的模版
   *
   * 0：买家承担服务费
   *
   * 1: 卖家承担服务费
   *
   * 2)卖家承担运费的模版
   *
   * 2:卖家承担运费的模版（集市），卖家承担服务费
   *
   * 3:卖家承担运费的模版（天猫），卖家承担服务费
   */
  assumer?: Int64;
  /**
   * 可选值：0
   * 说明：
   * 0:表示按宝贝件数计算运费
   *
   * 1:表示按宝贝重量计算运费
   *
   * 3:表示按宝贝体积计算运费
   */
  valuation?: Int64;
  /** 运费模板中运费详细信息对象，包含默认运费和指定地区运费 */
  fee_list?: TaobaoDeliveryTemplatesGetTopFee[];
  /** 物流服务模板支持增值服务列表，多个用分号隔开。cod:货到付款 mops：刷卡付款 */
  supports?: string;
  /** 模板创建时间 */
  created?: string;
  /** 模板修改时间 */
  modified?: string;
  /** 运费模板上设置的发货地址 */
  address?: string;
  /** 该模板上设置的卖家发货地址区域ID，如：address为浙江省杭州市西湖去文三路XX号那么这个consign_area_id的值就是西湖区的ID */
  consign_area_id?: Int64;
}

/** `TopFee` of `taobao.delivery.templates.get`. */
export interface TaobaoDeliveryTemplatesGetTopFee {
  /** 可选值：post:平邮; cod:货到付款; ems:EMS; express:快递公司 */
  service_type?: string;
  /** 邮费子项涉及的地区,多个地区用逗号连接数量串;可以用taobao.areas.get接口获取.或者参考:http://www.stats.gov.cn/tjbz/xzqhdm/t20080215_402462675.htm 例 (110000,310000,320000,330000).就代表邮费子项涉 及(北京,上海,江苏,浙江)四个地区.填写时要注意对照地区代码值,如果填入错误地区代码,将会出现错误信息. */
  destination?: string;
  /** 首费标准：当valuation(记价方式)为0时输入1-9999范围内的整数 */
  start_standard?: string;
  /** 首费：输入0.01-999.99（最多包含两位小数） 不能为空也不能为0 */
  start_fee?: string;
  /** 增费标准：当valuation(记价方式)为0时输入1-9999范围内的整数 */
  add_standard?: string;
  /** 增费：输入0.00-999.99（最多包含两位小数） 不能为空不输入运费时必须输入0 */
  add_fee?: string;
}

const REQUEST_SCHEMA = {
  fields: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  delivery_templates: [
    {
      template_id: 'Number',
      name: 'String',
      assumer: 'Number',
      valuation: 'Number',
      fee_list: [
        {
          service_type: 'String',
          destination: 'String',
          start_standard: 'String',
          start_fee: 'String',
          add_standard: 'String',
          add_fee: 'String',
        },
      ],
      supports: 'String',
      created: 'Date',
      modified: 'Date',
      address: 'String',
      consign_area_id: 'Number',
    },
  ],
  total_results: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.delivery.templates.get`: method, response root, request and response schemas. */
export const taobaoDeliveryTemplatesGetOperation = {
  method: 'taobao.delivery.templates.get',
  responseRoot: 'delivery_templates_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取用户下所有模板 — calls TOP method `taobao.delivery.templates.get`.
 *
 * 根据用户ID获取用户下所有模板
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoDeliveryTemplatesGet(
  client: TopClient,
  request: TaobaoDeliveryTemplatesGetRequest,
  options?: CallOptions,
): Promise<TaobaoDeliveryTemplatesGetResponse> {
  return client.call<TaobaoDeliveryTemplatesGetResponse>(
    {
      method: 'taobao.delivery.templates.get',
      responseRoot: 'delivery_templates_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
