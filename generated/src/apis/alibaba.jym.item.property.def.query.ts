// Generated from specs/product/alibaba.jym.item.property.def.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.jym.item.property.def.query` (交易猫商品属性定义查询). */
export interface AlibabaJymItemPropertyDefQueryRequest {
  /** 二级类目ID */
  category_id: Int64Input;
}

/** Response of `alibaba.jym.item.property.def.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaJymItemPropertyDefQueryResponse {
  /** 商品发布填写资料定义DTO */
  result?: AlibabaJymItemPropertyDefQueryGoodsPublishPropertyDefDetailDto2;
  /** 是否成功 */
  succeed?: boolean;
  /** 状态码 */
  state_code?: string;
  /** 错误信息 */
  extra_err_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `GoodsPublishPropertyDefDetailDto` of `alibaba.jym.item.property.def.query`. */
export interface AlibabaJymItemPropertyDefQueryGoodsPublishPropertyDefDetailDto2 {
  /** 游戏ID */
  game_id?: Int64;
  /** 图片商品属性对象 */
  image?: AlibabaJymItemPropertyDefQueryGoodsPropertyDto;
  /** 关键商品属性 */
  key_properties?: AlibabaJymItemPropertyDefQueryGoodsPropertyDto[];
  /** 扩展商品属性 */
  ext_properties?: AlibabaJymItemPropertyDefQueryGoodsPropertyDto[];
  /** 附加服务 */
  addl_service?: AlibabaJymItemPropertyDefQueryAddlServiceDefDto;
  /** 客户端信息 */
  client_info?: AlibabaJymItemPropertyDefQueryClientInfoDto;
  /** 描述商品属性对象 */
  description?: AlibabaJymItemPropertyDefQueryGoodsPropertyDto;
  /** 库存属性 */
  storage?: AlibabaJymItemPropertyDefQueryGoodsPropertyDto;
  /** 账密相关属性 */
  seller_account_properties?: AlibabaJymItemPropertyDefQueryGoodsPropertyDto[];
  /** 标题商品属性对象 */
  title?: AlibabaJymItemPropertyDefQueryGoodsPublishPropertyDefDetailDto;
  /** 价格商品属性对象 */
  price?: AlibabaJymItemPropertyDefQueryGoodsPublishPropertyDefDetailDto;
}

/** `GoodsPropertyDto` of `alibaba.jym.item.property.def.query`. */
export interface AlibabaJymItemPropertyDefQueryGoodsPropertyDto {
  /** 属性内容类型,1:"单选",2:"多选",3:"字符",4:"长字符",5:"数字",6:"日期" */
  property_content_type?: Int64;
  /** 是否可见 */
  visible?: boolean;
  /** 属性类型 */
  category_attr_type?: Int64;
  /** 属性规则对象 */
  property_rule?: AlibabaJymItemPropertyDefQueryPropertyRuleDto;
  /** 默认值 */
  default_value?: string;
  /** 属性等级 */
  property_grade?: Int64;
  /** 商品属性单位 */
  attr_unit?: string;
  /** 属性名称 */
  property_name?: string;
  /** 属性可选项 */
  options?: AlibabaJymItemPropertyDefQueryGoodsPropertyOptionDto[];
  /** 占位符 */
  placeholder?: string;
  /** 属性ID */
  property_id?: Int64;
  /** 内容类型,1:"常规",2:"游戏帐号",3:"游戏密码",4:"QQ号",5:"单价数量",6:"买家服务器",7:"开始发货时间",8:"终止发货时间",9:"原价",10:"联系手机",11:"账户类型",12:"发货服务器",13:"角色名称",14:"备用名称",15:"第三名称" ,16:"确认帐号",17:"解锁密码",18:"面额",19:"充值类型",20:"回收折扣",21:"帐号绑定",22:"多选" */
  content_type?: Int64;
}

/** `PropertyRuleDto` of `alibaba.jym.item.property.def.query`. */
export interface AlibabaJymItemPropertyDefQueryPropertyRuleDto {
  /** 价格规则，最大值 */
  highest_price?: Int64;
  /** 价格规则，最小值 */
  lowest_price?: Int64;
  /** 数字规则，最小值 */
  min?: Int64;
  /** 数字规则，最大值 */
  max?: Int64;
  /** 图片规则，最小长度 */
  min_length?: Int64;
  /** 字符串规则，正则表达式 */
  pattern?: string;
  /** 图片规则，单图片最大体积 */
  max_size?: Int64;
  /** 正则表达式,校验提示 */
  pattern_msg?: string;
  /** 图片规则，最大图片数 */
  max_count?: Int64;
  /** 通用规则，是否必填 */
  required?: boolean;
  /** 字符串规则，最大长度 */
  max_length?: Int64;
}

/** `GoodsPropertyOptionDto` of `alibaba.jym.item.property.def.query`. */
export interface AlibabaJymItemPropertyDefQueryGoodsPropertyOptionDto {
  /** 选项ID */
  id?: Int64;
  /** 选项名称 */
  name?: string;
  /** 属性ID */
  attr_id?: Int64;
  /** 属性值 */
  value?: string;
}

/** `AddlServiceDefDto` of `alibaba.jym.item.property.def.query`. */
export interface AlibabaJymItemPropertyDefQueryAddlServiceDefDto {
  /** 是否支持议价 */
  bargain?: boolean;
}

/** `ClientInfoDto` of `alibaba.jym.item.property.def.query`. */
export interface AlibabaJymItemPropertyDefQueryClientInfoDto {
  /** 平台ID,2:"安卓",3:"苹果",4,:"越狱",1:"其他",5:"PC",6:"XBOX - 主机",7:多端 */
  platform_id?: Int64;
  /** 客户端ID */
  id?: Int64;
  /** 平台ID数组，支持多端互通的客户端必须取该字段中的元素 */
  platform_ids?: string[];
}

/** `GoodsPublishPropertyDefDetailDto` of `alibaba.jym.item.property.def.query`. */
export interface AlibabaJymItemPropertyDefQueryGoodsPublishPropertyDefDetailDto {
  /** 属性内容类型,1:"单选",2:"多选",3:"字符",4:"长字符",5:"数字",6:"日期" */
  property_content_type?: Int64;
  /** 是否可见 */
  visible?: boolean;
  /** 属性类型 */
  category_attr_type?: Int64;
  /** 属性规则对象 */
  property_rule?: AlibabaJymItemPropertyDefQueryPropertyRuleDto;
  /** 默认值 */
  default_value?: string;
  /** 属性等级 */
  property_grade?: Int64;
  /** 商品属性单位 */
  attr_unit?: string;
  /** 属性名称 */
  property_name?: string;
  /** 属性可选项 */
  options?: AlibabaJymItemPropertyDefQueryGoodsPropertyOptionDto[];
  /** 占位符 */
  placeholder?: string;
  /** 属性ID */
  property_id?: Int64;
  /** 内容类型,1:"常规",2:"游戏帐号",3:"游戏密码",4:"QQ号",5:"单价数量",6:"买家服务器",7:"开始发货时间",8:"终止发货时间",9:"原价",10:"联系手机",11:"账户类型",12:"发货服务器",13:"角色名称",14:"备用名称",15:"第三名称" ,16:"确认帐号",17:"解锁密码",18:"面额",19:"充值类型",20:"回收折扣",21:"帐号绑定",22:"多选" */
  content_type?: Int64;
}

const REQUEST_SCHEMA = {
  category_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    game_id: 'Number',
    image: {
      property_content_type: 'Number',
      visible: 'Boolean',
      category_attr_type: 'Number',
      property_rule: {
        highest_price: 'Number',
        lowest_price: 'Number',
        min: 'Number',
        max: 'Number',
        min_length: 'Number',
        pattern: 'String',
        max_size: 'Number',
        pattern_msg: 'String',
        max_count: 'Number',
        required: 'Boolean',
        max_length: 'Number',
      },
      default_value: 'String',
      property_grade: 'Number',
      attr_unit: 'String',
      property_name: 'String',
      options: [
        {
          id: 'Number',
          name: 'String',
          attr_id: 'Number',
          value: 'String',
        },
      ],
      placeholder: 'String',
      property_id: 'Number',
      content_type: 'Number',
    },
    key_properties: [
      {
        property_content_type: 'Number',
        visible: 'Boolean',
        category_attr_type: 'Number',
        property_rule: {
          highest_price: 'Number',
          lowest_price: 'Number',
          min: 'Number',
          max: 'Number',
          min_length: 'Number',
          pattern: 'String',
          max_size: 'Number',
          pattern_msg: 'String',
          max_count: 'Number',
          required: 'Boolean',
          max_length: 'Number',
        },
        default_value: 'String',
        property_grade: 'Number',
        attr_unit: 'String',
        property_name: 'String',
        options: [
          {
            id: 'Number',
            name: 'String',
            attr_id: 'Number',
            value: 'String',
          },
        ],
        placeholder: 'String',
        property_id: 'Number',
        content_type: 'Number',
      },
    ],
    ext_properties: [
      {
        property_content_type: 'Number',
        visible: 'Boolean',
        category_attr_type: 'Number',
        property_rule: {
          highest_price: 'Number',
          lowest_price: 'Number',
          min: 'Number',
          max: 'Number',
          min_length: 'Number',
          pattern: 'String',
          max_size: 'Number',
          pattern_msg: 'String',
          max_count: 'Number',
          required: 'Boolean',
          max_length: 'Number',
        },
        default_value: 'String',
        property_grade: 'Number',
        attr_unit: 'String',
        property_name: 'String',
        options: [
          {
            id: 'Number',
            name: 'String',
            attr_id: 'Number',
            value: 'String',
          },
        ],
        placeholder: 'String',
        property_id: 'Number',
        content_type: 'Number',
      },
    ],
    addl_service: {
      bargain: 'Boolean',
    },
    client_info: {
      platform_id: 'Number',
      id: 'Number',
      platform_ids: ['String'],
    },
    description: {
      property_content_type: 'Number',
      visible: 'Boolean',
      category_attr_type: 'Number',
      property_rule: {
        highest_price: 'Number',
        lowest_price: 'Number',
        min: 'Number',
        max: 'Number',
        min_length: 'Number',
        pattern: 'String',
        max_size: 'Number',
        pattern_msg: 'String',
        max_count: 'Number',
        required: 'Boolean',
        max_length: 'Number',
      },
      default_value: 'String',
      property_grade: 'Number',
      attr_unit: 'String',
      property_name: 'String',
      options: [
        {
          id: 'Number',
          name: 'String',
          attr_id: 'Number',
          value: 'String',
        },
      ],
      placeholder: 'String',
      property_id: 'Number',
      content_type: 'Number',
    },
    storage: {
      property_content_type: 'Number',
      visible: 'Boolean',
      category_attr_type: 'Number',
      property_rule: {
        highest_price: 'Number',
        lowest_price: 'Number',
        min: 'Number',
        max: 'Number',
        min_length: 'Number',
        pattern: 'String',
        max_size: 'Number',
        pattern_msg: 'String',
        max_count: 'Number',
        required: 'Boolean',
        max_length: 'Number',
      },
      default_value: 'String',
      property_grade: 'Number',
      attr_unit: 'String',
      property_name: 'String',
      options: [
        {
          id: 'Number',
          name: 'String',
          attr_id: 'Number',
          value: 'String',
        },
      ],
      placeholder: 'String',
      property_id: 'Number',
      content_type: 'Number',
    },
    seller_account_properties: [
      {
        property_content_type: 'Number',
        visible: 'Boolean',
        category_attr_type: 'Number',
        property_rule: {
          highest_price: 'Number',
          lowest_price: 'Number',
          min: 'Number',
          max: 'Number',
          min_length: 'Number',
          pattern: 'String',
          max_size: 'Number',
          pattern_msg: 'String',
          max_count: 'Number',
          required: 'Boolean',
          max_length: 'Number',
        },
        default_value: 'String',
        property_grade: 'Number',
        attr_unit: 'String',
        property_name: 'String',
        options: [
          {
            id: 'Number',
            name: 'String',
            attr_id: 'Number',
            value: 'String',
          },
        ],
        placeholder: 'String',
        property_id: 'Number',
        content_type: 'Number',
      },
    ],
    title: {
      property_content_type: 'Number',
      visible: 'Boolean',
      category_attr_type: 'Number',
      property_rule: {
        highest_price: 'Number',
        lowest_price: 'Number',
        min: 'Number',
        max: 'Number',
        min_length: 'Number',
        pattern: 'String',
        max_size: 'Number',
        pattern_msg: 'String',
        max_count: 'Number',
        required: 'Boolean',
        max_length: 'Number',
      },
      default_value: 'String',
      property_grade: 'Number',
      attr_unit: 'String',
      property_name: 'String',
      options: [
        {
          id: 'Number',
          name: 'String',
          attr_id: 'Number',
          value: 'String',
        },
      ],
      placeholder: 'String',
      property_id: 'Number',
      content_type: 'Number',
    },
    price: {
      property_content_type: 'Number',
      visible: 'Boolean',
      category_attr_type: 'Number',
      property_rule: {
        highest_price: 'Number',
        lowest_price: 'Number',
        min: 'Number',
        max: 'Number',
        min_length: 'Number',
        pattern: 'String',
        max_size: 'Number',
        pattern_msg: 'String',
        max_count: 'Number',
        required: 'Boolean',
        max_length: 'Number',
      },
      default_value: 'String',
      property_grade: 'Number',
      attr_unit: 'String',
      property_name: 'String',
      options: [
        {
          id: 'Number',
          name: 'String',
          attr_id: 'Number',
          value: 'String',
        },
      ],
      placeholder: 'String',
      property_id: 'Number',
      content_type: 'Number',
    },
  },
  succeed: 'Boolean',
  state_code: 'String',
  extra_err_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.jym.item.property.def.query`: method, response root, request and response schemas. */
export const alibabaJymItemPropertyDefQueryOperation = {
  method: 'alibaba.jym.item.property.def.query',
  responseRoot: 'alibaba_jym_item_property_def_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 交易猫商品属性定义查询 — calls TOP method `alibaba.jym.item.property.def.query`.
 *
 * 查询商品发布属性定义详情
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaJymItemPropertyDefQuery(
  client: TopClient,
  request: AlibabaJymItemPropertyDefQueryRequest,
  options?: CallOptions,
): Promise<AlibabaJymItemPropertyDefQueryResponse> {
  return client.call<AlibabaJymItemPropertyDefQueryResponse>(
    {
      method: 'alibaba.jym.item.property.def.query',
      responseRoot: 'alibaba_jym_item_property_def_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
