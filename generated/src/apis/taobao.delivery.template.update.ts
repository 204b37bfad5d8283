// Generated from specs/tblogistics/taobao.delivery.template.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.delivery.template.update` (修改运费模板). */
export interface TaobaoDeliveryTemplateUpdateRequest {
  /** 模板名称，长度不能大于50个字节 */
  name?: string;
  /** 需要修改的模板对应的模板ID */
  template_id: Int64Input;
  /**
   * 可选值：0,1
   * 说明
   * 0:表示买家承担服务费;
   * 1:表示卖家承担服务费
   */
  assumer?: Int64Input;
  /**
   * 运费方式:平邮 (post),快递公司(express),EMS (ems),货到付款(cod)结构:value1;value2;value3;value4
   * 如: post;express;ems;cod
   *
   * 注意:在添加多个运费方式时,字符串中使用 ";" 分号区分。template_dests(指定地区) template_start_standards(首费标准)、template_start_fees(首费)、template_add_standards(增费标准)、template_add_fees(增费)必须与template_types的分号数量相同.
   *
   * 普通用户：post,ems,express三种运费方式必须填写一个，不能填写cod。
   * 货到付款用户：如果填写了cod运费方式，则post,ems,express三种运费方式也必须填写一个，如果没有填写cod则填写的运费方式中必须存在express
   */
  template_types: string;
  /**
   * 邮费子项涉及的地区.结构: value1;value2;value3,value4
   *
   * 如:1,110000;1,110000;1,310000;1,320000,330000。 aredId解释(1=全国,110000=北京,310000=上海,320000=江苏,330000=浙江)
   * 如果template_types设置为post;ems;exmpress;cod则表示为平邮(post)指定默认地区(全国)和北京地区的运费;其他的类似以分号区分一一对应
   *
   * 可以用taobao.areas.get接口获取.或者参考：http://www.stats.gov.cn/tjbz/xzqhdm/t20080215_402462675.htm
   *
   * 每个运费方式设置的设涉及地区中必须包含全国地区（areaId=1）表示默认运费,可以只设置默认运费
   *
   * 注意:为多个地区指定指定不同（首费标准、首费、增费标准、增费一项不一样就算不同）的运费以逗号","区分，
   * template_start_standards(首费标准)、template_start_fees(首费)、
   * template_add_standards(增费标准)、
   * template_add_fees(增费)必须与template_types分号数量相同。如果为需要为多个地区指定相同运费则地区之间用“|”隔开即可。
   */
  template_dests: string;
  /**
   * 首费标准：当valuation(记价方式)为0时输入1-9999范围内的整数
   * 首费标准目前只能为1
   *
   * 输入的格式分号个数和template_types数量一致，逗号个数必须与template_dests以分号隔开之后一一对应的数量一致
   */
  template_start_standards: string;
  /**
   * 首费：输入0.01-999.99（最多包含两位小数）
   *
   * 首费不能为0
   * 输入的格式分号个数和template_types数量一致，逗号个数必须与template_dests以分号隔开之后一一对应的数量一致
   */
  template_start_fees: string;
  /**
   * 增费标准：当valuation(记价方式)为0时输入1-9999范围内的整数
   * 增费标准目前只能为1
   *
   * 输入的格式分号个数和template_types数量一致，逗号个数必须与template_dests以分号隔开之后一一对应的数量一致
   */
  template_add_standards: string;
  /**
   * 增费：输入0.00-999.99（最多包含两位小数）
   * 增费可以为0
   * 输入的格式分号个数和template_types数量一致，逗号个数必须与template_dests以分号隔开之后一一对应的数量一致
   */
  template_add_fees: string;
}

/** Response of `taobao.delivery.template.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoDeliveryTemplateUpdateResponse {
  /** 表示修改是否成功 */
  complete?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  name: 'String',
  template_id: 'Number',
  assumer: 'Number',
  template_types: 'String',
  template_dests: 'String',
  template_start_standards: 'String',
  template_start_fees: 'String',
  template_add_standards: 'String',
  template_add_fees: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  complete: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.delivery.template.update`: method, response root, request and response schemas. */
export const taobaoDeliveryTemplateUpdateOperation = {
  method: 'taobao.delivery.template.update',
  responseRoot: 'delivery_template_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改运费模板 — calls TOP method `taobao.delivery.template.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoDeliveryTemplateUpdate(
  client: TopClient,
  request: TaobaoDeliveryTemplateUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoDeliveryTemplateUpdateResponse> {
  return client.call<TaobaoDeliveryTemplateUpdateResponse>(
    {
      method: 'taobao.delivery.template.update',
      responseRoot: 'delivery_template_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
